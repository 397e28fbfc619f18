"""Form data for Wagtail's page editor, built with Wagtail's own test helpers."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def guidance_form_data(title="Writing for the web", slug="writing-for-the-web", co_authors=(), **extra):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Short sentences.",
            "section": "guidelines",
            "content_language": "en",
            "region": "global",
            "body": streamfield([("paragraph", rich_text("<p>Hello</p>"))]),
            "co_authors": inline_formset([{"user": str(user.pk)} for user in co_authors]),
            "comments": inline_formset([]),
        }
    )
    data.update(extra)
    return data
