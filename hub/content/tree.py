"""Page-tree work for data migrations, which see historical models without treebeard's
API: locales, a page's translation in another language's tree, moving a page into the
tree of its language, linking two pages as translations of each other.

Each language has its own tree below Wagtail's root (``/`` for English, ``/nl/`` for
Dutch), with the same section addresses (``/courses/``, ``/nl/courses/``), so an old
address of a page that moved into another language's tree still finds it
(hub/navigation/languages.py). Every function here may run twice and changes nothing
the second time.
"""

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page as TreePage

# Fields of the page row that say where it is, who it is and its history: a
# translation gets its own.
TREE_FIELDS = {
    "id",
    "page_ptr_id",
    "path",
    "depth",
    "numchild",
    "url_path",
    "locale_id",
    "latest_revision_id",
    "live_revision_id",
    "latest_revision_created_at",
    "first_published_at",
    "last_published_at",
    "go_live_at",
    "expire_at",
    "locked",
    "locked_at",
    "locked_by_id",
    "alias_of_id",
    "has_unpublished_changes",
}


def content_language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def ensure_locales(apps):
    """A Wagtail locale for every content language (``WAGTAIL_CONTENT_LANGUAGES``)."""
    Locale = apps.get_model("wagtailcore", "Locale")
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in content_language_codes()}


def locale_of(apps, code):
    Locale = apps.get_model("wagtailcore", "Locale")
    return Locale.objects.filter(language_code=code).first()


def translation_of(apps, page, locale):
    Page = apps.get_model("wagtailcore", "Page")
    return Page.objects.filter(translation_key=page.translation_key, locale=locale).first()


def _next_child_path(Page, parent):
    last = Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path).order_by("-path").first()
    step = int(last.path[-4:], 36) + 1 if last else 1
    # Treebeard's own path arithmetic (a pure class method, safe on historical data).
    return TreePage._get_path(parent.path, parent.depth + 1, step)


def _count_children(Page, parent):
    children = Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path).count()
    Page.objects.filter(pk=parent.pk).update(numchild=children)


def translate_page(apps, app_label, model_name, page, locale, **fields):
    """The live translation of ``page`` in ``locale``, made if missing: a copy of its
    fields, ``fields`` (its texts in that language) laid over them, below the
    translation of its parent (below the root for a home page, with the language in its
    slug, as Wagtail does). Child rows (form fields, featured items) are not copied."""
    Page = apps.get_model("wagtailcore", "Page")
    Model = apps.get_model(app_label, model_name)
    existing = translation_of(apps, page, locale)
    if existing is not None:
        return Model.objects.get(pk=existing.pk)
    source = Model.objects.get(pk=page.pk)
    parent = Page.objects.get(depth=page.depth - 1, path=page.path[: -TreePage.steplen])
    slug = page.slug
    if parent.depth == 1:
        slug = f"{slug}-{locale.language_code}"
    else:
        parent = translation_of(apps, parent, locale)
        if parent is None:
            raise ValueError(f"{page.title!r}: translate its parent first.")
    values = {
        field.attname: getattr(source, field.attname)
        for field in Model._meta.concrete_fields
        if field.attname not in TREE_FIELDS
    }
    now = timezone.now()
    values.update(
        slug=slug,
        path=_next_child_path(Page, parent),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        locale_id=locale.pk,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
    )
    values.update(fields)
    if "draft_title" not in fields:
        values["draft_title"] = values["title"]
    translation = Model.objects.create(**values)
    _count_children(Page, parent)
    return translation


def move_into_language_tree(apps, page, locale):
    """Move ``page`` (and anything below it) below its parent's translation in
    ``locale`` and give it that locale. Returns False when there is no such parent."""
    Page = apps.get_model("wagtailcore", "Page")
    page = Page.objects.get(pk=page.pk)
    old_parent = Page.objects.get(depth=page.depth - 1, path=page.path[: -TreePage.steplen])
    new_parent = translation_of(apps, old_parent, locale)
    if new_parent is None:
        return False
    if new_parent.pk == old_parent.pk:
        Page.objects.filter(pk=page.pk).update(locale=locale)
        return True
    taken = set(
        Page.objects.filter(depth=page.depth, path__startswith=new_parent.path).values_list("slug", flat=True)
    )
    slug, number = page.slug, 2
    while slug in taken:
        slug, number = f"{page.slug}-{number}", number + 1
    new_path = _next_child_path(Page, new_parent)
    old_path, old_url = page.path, page.url_path
    new_url = f"{new_parent.url_path}{slug}/"
    for node in Page.objects.filter(path__startswith=old_path):
        node.path = new_path + node.path[len(old_path) :]
        node.url_path = new_url + node.url_path[len(old_url) :]
        node.locale = locale
        if node.pk == page.pk:
            node.slug = slug
        node.save(update_fields=["path", "url_path", "locale", "slug"])
    _count_children(Page, old_parent)
    _count_children(Page, new_parent)
    return True


def move_section_into_language_tree(apps, model, index, index_version, locale, pairs):
    """Move ``model`` pages below ``index`` written in ``locale``'s language below
    ``index_version`` (its translation), then link ``pairs`` of slugs (the original
    below ``index``, its version below ``index_version``) as translations."""
    Page = apps.get_model("wagtailcore", "Page")
    for page in model.objects.filter(content_language=locale.language_code, path__startswith=index.path):
        move_into_language_tree(apps, page, locale)
    for original, version_slug in pairs:
        source = Page.objects.filter(path__startswith=index.path, slug=original).first()
        version = Page.objects.filter(path__startswith=index_version.path, slug=version_slug).first()
        if source is not None and version is not None:
            link_translations(apps, source, version)


def link_translations(apps, source, translation):
    """Make ``translation`` (a page in another locale) a translation of ``source``,
    unless ``source`` already has one in that locale."""
    Page = apps.get_model("wagtailcore", "Page")
    if source.locale_id == translation.locale_id or source.translation_key == translation.translation_key:
        return False
    if Page.objects.filter(translation_key=source.translation_key, locale_id=translation.locale_id).exists():
        return False
    Page.objects.filter(pk=translation.pk).update(translation_key=source.translation_key)
    return True
