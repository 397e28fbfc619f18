"""Helpers for demo content that is safe to create again: find a page by slug under a
parent, create it only when missing."""


def get_or_create_child(parent, page_class, slug, **fields):
    """Return ``(page, created)``; an existing page is left exactly as it is."""
    existing = parent.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing, False
    page = page_class(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True
