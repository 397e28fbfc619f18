"""Similar requests and courses while someone types: published courses only."""

import pytest
from django.urls import reverse

from guidance.requests.models import LearningRequest
from tests.factories import PageViewRestrictionFactory


@pytest.mark.django_db
def test_similar_requests_and_courses_are_found(client_as, make_request, make_course, draft_course):
    make_request(title="Pivot tables for the hours report")
    make_request(title="Speed reading", status=LearningRequest.Status.DECLINED)
    make_request(title="Unrelated: forklift licence", description="Warehouse safety")
    make_course(title="Pivot tables in five steps", summary="Summarise an export.")

    response = client_as("employee").get(reverse("requests:similar"), {"title": "pivot tables"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Pivot tables for the hours report" in html
    assert "Pivot tables in five steps" in html
    assert "forklift" not in html
    # Drafts never leak, and declined requests are not suggested.
    assert "Pivot tables draft" not in html
    assert "Speed reading" not in html
    assert 'data-similar-summary="1 similar request. 1 matching course."' in html


@pytest.mark.django_db
def test_private_courses_do_not_leak(client_as, make_course):
    secret = make_course(title="Pivot tables for the board")
    PageViewRestrictionFactory(page=secret, restriction_type="password", password="board-only")

    html = client_as("employee").get(reverse("requests:similar"), {"title": "pivot"}).content.decode()

    assert "Pivot tables for the board" not in html


@pytest.mark.django_db
def test_nothing_typed_or_nothing_found_says_so(client_as):
    client = client_as("employee")

    empty = client.get(reverse("requests:similar")).content.decode()
    nothing = client.get(reverse("requests:similar"), {"title": "quantum knitting"}).content.decode()

    assert "similar requests and courses appear here" in empty
    assert "Nothing similar yet" in nothing


@pytest.mark.django_db
def test_huge_or_odd_input_is_harmless(client_as):
    response = client_as("employee").get(
        reverse("requests:similar"), {"title": "%' OR 1=1 --" * 100, "description": "ü" * 10000}
    )

    assert response.status_code == 200


@pytest.mark.django_db
def test_the_request_page_shows_related_items_but_not_itself(client_as, make_request, make_course):
    this = make_request(title="Pivot tables for team leads")
    other = make_request(title="Pivot tables for finance")
    make_course(title="Pivot tables in five steps")

    html = client_as("employee").get(reverse("requests:detail", args=[this.pk])).content.decode()
    related = html[html.index('id="similar-heading"') :]

    assert other.title in related
    assert "Pivot tables in five steps" in related
    assert this.title not in related


@pytest.mark.django_db
def test_the_form_prefilled_from_search_shows_similar_items_without_javascript(client_as, make_course):
    make_course(title="Pivot tables in five steps")

    html = client_as("employee").get(reverse("requests:new"), {"title": "pivot tables"}).content.decode()

    assert "Pivot tables in five steps" in html
    assert 'aria-live="polite"' in html
    assert "js/requests.js" in html
