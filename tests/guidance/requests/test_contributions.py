"""Experts' claimed and answered requests, through the hub's contributions registry."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guidance.requests.models import LearningRequest
from hub.contributions.sources import figures_for, items_for, sources

Status = LearningRequest.Status


@pytest.fixture
def source():
    return next(source for source in sources() if source.key == "requests")


def close(learning_request, status, **fields):
    LearningRequest.objects.filter(pk=learning_request.pk).update(status=status, **fields)


@pytest.mark.django_db
def test_items_list_answered_and_claimed_requests(source, make_request, make_user):
    expert = make_user("expert")
    answered = make_request(title="Answered one")
    working = make_request(title="Working on it")
    declined = make_request(title="Declined one")
    for learning_request in (answered, working, declined):
        learning_request.claim(expert)
    from django.utils import timezone

    close(answered, Status.DONE, closed_at=timezone.now())
    close(declined, Status.DECLINED, closed_at=timezone.now())

    items = {item.title: item for item in source.items(expert)}

    assert set(items) == {"Answered one", "Working on it"}
    assert items["Answered one"].role == "Answered"
    assert items["Working on it"].role == "Claimed"
    assert items["Answered one"].kind == "request"
    assert items["Answered one"].url == f"/requests/{answered.pk}/"
    assert items["Answered one"].date is not None
    # The hub's registry merges them with other apps' items.
    assert {item.title for item in items_for(expert)} >= set(items)


@pytest.mark.django_db
def test_figures_count_claimed_and_answered_in_one_query(source, make_request, make_user):
    from django.utils import timezone

    experts = [make_user("expert", username=f"expert{number}") for number in range(5)]
    for number, expert in enumerate(experts):
        for index in range(number):
            learning_request = make_request(title=f"Request {number}-{index}")
            learning_request.claim(expert)
            if index % 2 == 0:
                close(learning_request, Status.DONE, closed_at=timezone.now())
    nobody = make_user("employee", username="nobody")

    with CaptureQueriesContext(connection) as queries:
        figures = source.figures([expert.pk for expert in experts] + [nobody.pk])

    assert len(queries) == 1
    assert nobody.pk not in figures
    four = figures[experts[4].pk]
    assert four.counts == {"requests_claimed": 4, "requests_answered": 2}
    assert four.contributions == 2
    assert four.latest is not None and four.since is not None
    assert figures[experts[1].pk].counts == {"requests_claimed": 1, "requests_answered": 1}
    assert experts[0].pk not in figures
    total = figures_for([experts[4].pk])[experts[4].pk]
    assert total.counts["requests_answered"] == 2
