"""Form data for Wagtail's page editor, built with Wagtail's own test helpers."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def listblock(values):
    return {
        "count": str(len(values)),
        **{
            str(i): {"value": value, "deleted": "", "order": str(i), "id": ""}
            for i, value in enumerate(values)
        },
    }


def quiz_value(pass_mark=80, correct=(True, False), kind="single"):
    return {
        "title": "Check",
        "pass_mark": str(pass_mark),
        "questions": listblock(
            [
                {
                    "kind": kind,
                    "question": "Which one?",
                    "answers": listblock(
                        [
                            {"text": f"Answer {i}", "correct": "on" if is_correct else "", "explanation": ""}
                            for i, is_correct in enumerate(correct)
                        ]
                    ),
                }
            ]
        ),
    }


def course_form_data(title="Spreadsheets 101", slug="spreadsheets-101", body=None, co_authors=(), **extra):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Learn the basics.",
            "estimated_minutes": "15",
            "content_language": "en",
            "region": "global",
            "audience": "",
            "topics": "Excel",
            "skills": "",
            "body": streamfield(body or [("paragraph", rich_text("<p>Hello</p>"))]),
            "co_authors": inline_formset([{"user": str(user.pk)} for user in co_authors]),
            "comments": inline_formset([]),
        }
    )
    data.update(extra)
    return data
