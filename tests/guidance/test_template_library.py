"""The course template library on a guidance page: experts start a draft from it,
everyone else learns how to become an expert."""

import pytest
from django.urls import reverse

from learning.models import CoursePage, CourseTemplate


@pytest.fixture
def library_page(make_guidance):
    guide = make_guidance(title="Getting started", slug="getting-started")
    return make_guidance(
        title="Course templates",
        slug="course-templates",
        body__0__template_library__title="Pick a template",
        body__0__template_library__intro="Start here.",
        body__0__template_library__become_expert_page=guide,
    )


def start_url(template):
    return reverse("learning_start_from_template", args=[template.pk])


@pytest.mark.parametrize("role", ["expert", "moderator", "admin"])
@pytest.mark.django_db
def test_people_who_write_courses_get_a_start_button_per_template(client_as, library_page, role):
    html = client_as(role).get(library_page.url).content.decode()

    templates = list(CourseTemplate.objects.filter(locale__language_code="en"))
    assert templates
    for template in templates:
        assert template.name in html
        assert template.when_to_use in html
        assert f'action="{start_url(template)}"' in html
    assert "csrfmiddlewaretoken" in html
    assert "How to become an expert" not in html
    assert "Uitleg in vijf stappen" not in html  # the Dutch library is on the Dutch page


@pytest.mark.django_db
def test_a_dutch_page_lists_the_dutch_templates(client_as, make_guidance):
    page = make_guidance(
        title="Cursussjablonen", content_language="nl", body__0__template_library__title="Kies een sjabloon"
    )

    html = client_as("expert").get(page.url, follow=True).content.decode()

    dutch = CourseTemplate.objects.get(name="Uitleg in vijf stappen")
    assert dutch.name in html
    assert f'action="{start_url(dutch)}"' in html
    assert "How-to in five steps" not in html


@pytest.mark.django_db
def test_employees_see_how_to_become_an_expert_instead(client_as, library_page):
    html = client_as("employee").get(library_page.url).content.decode()

    assert "How-to in five steps" in html
    assert "Start from this template" not in html
    assert 'href="/guidance/getting-started/"' in html


@pytest.mark.django_db
def test_without_a_chosen_page_employees_are_sent_to_the_learning_team(client_as, make_guidance):
    page = make_guidance(body__0__template_library__title="Templates")

    html = client_as("employee").get(page.url).content.decode()

    assert f'href="{reverse("contact")}"' in html


@pytest.mark.django_db
def test_start_from_this_template_creates_a_draft_owned_by_the_expert(client_as, library_page):
    template = CourseTemplate.objects.get(name="Checklist / job aid")

    response = client_as("expert").post(start_url(template))

    course = CoursePage.objects.get(title="New course: Checklist / job aid")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{course.pk}/edit/"
    assert course.owner.username == "expert"
    assert not course.live


@pytest.mark.django_db
def test_an_employee_cannot_start_a_course_by_a_forged_post(client_as, library_page):
    template = CourseTemplate.objects.first()

    response = client_as("employee").post(start_url(template))

    assert response.status_code in (302, 403)
    assert not CoursePage.objects.filter(title__startswith="New course").exists()


@pytest.mark.django_db
def test_with_no_templates_the_library_says_so(client_as, library_page):
    CourseTemplate.objects.all().delete()

    html = client_as("expert").get(library_page.url).content.decode()

    assert "has not added course templates yet" in html
