"""Guidance in the contributions registry: what people wrote, for profiles and badges."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from guidance.contributions import figures, items
from guidance.pages import GuidancePage
from hub.contributions.sources import figures_for, items_for


@pytest.mark.django_db
def test_items_list_live_pages_owned_or_co_authored(make_user, make_guidance, draft_guidance_of):
    ada = make_user("expert", username="ada")
    other = make_user("expert", username="other")
    owned = make_guidance(title="Owned", owner=ada)
    shared = make_guidance(title="Shared", owner=other, co_authors=[ada])
    make_guidance(title="Not hers", owner=other)
    draft_guidance_of(ada, title="Draft")

    found = {(item.title, item.role, item.kind) for item in items(ada)}

    assert found == {("Owned", "Author", "guidance"), ("Shared", "Co-author", "guidance")}
    assert {item.url for item in items(ada)} == {owned.url, shared.url}


@pytest.mark.django_db
def test_figures_count_each_page_once_per_person(make_user, make_guidance, draft_guidance_of):
    ada = make_user("expert", username="ada")
    bo = make_user("expert", username="bo")
    nobody = make_user("employee", username="nobody")
    make_guidance(owner=ada, co_authors=[ada])  # owner and co-author: still one page
    make_guidance(owner=bo, co_authors=[ada])
    draft_guidance_of(bo)

    result = figures([ada.pk, bo.pk, nobody.pk])

    assert result[ada.pk].counts == {"guidance_published": 2, "pages_overdue": 0}
    assert result[ada.pk].contributions == 2
    assert result[bo.pk].counts == {"guidance_published": 1, "pages_overdue": 0}
    assert nobody.pk not in result  # sources report only people who contributed
    assert result[ada.pk].latest is not None and result[ada.pk].since <= result[ada.pk].latest


@pytest.mark.django_db
def test_figures_take_the_same_queries_for_any_number_of_people(make_user, make_guidance):
    few = [make_user("expert", username=f"few{n}") for n in range(2)]
    many = [make_user("expert", username=f"many{n}") for n in range(15)]
    for user in few + many:
        make_guidance(owner=user)

    with CaptureQueriesContext(connection) as small:
        figures([user.pk for user in few])
    with CaptureQueriesContext(connection) as large:
        figures([user.pk for user in many])

    assert len(small) == len(large) <= 4


@pytest.mark.django_db
def test_registered_with_the_hub(make_user, make_guidance):
    ada = make_user("expert", username="ada")
    make_guidance(owner=ada)

    assert figures_for([ada.pk])[ada.pk].counts["guidance_published"] == 1
    assert any(item.kind == "guidance" for item in items_for(ada))


@pytest.mark.django_db
def test_pages_past_their_review_date_are_counted_for_badges(make_user, make_guidance):
    ada = make_user("expert", username="ada")
    page = make_guidance(owner=ada)
    make_guidance(owner=ada)
    GuidancePage.objects.filter(pk=page.pk).update(
        review_by=timezone.localdate() - datetime.timedelta(days=1)
    )

    assert figures([ada.pk])[ada.pk].counts["pages_overdue"] == 1
