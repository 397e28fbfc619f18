"""The registries through which apps plug into hub without importing each other."""

from datetime import UTC, datetime

import pytest

from hub.registry import (
    AccountLink,
    Contribution,
    Contributions,
    ContributionSource,
    Figures,
    account_links,
)

JAN = datetime(2026, 1, 5, tzinfo=UTC)
MAR = datetime(2026, 3, 9, tzinfo=UTC)


def test_figures_add_up_across_sources():
    courses = Figures(
        contributions=2,
        latest=JAN,
        since=JAN,
        learners_reached=7,
        ratings_count=2,
        ratings_total=9,
        counts={"courses_published": 2},
    )
    requests = Figures(contributions=1, latest=MAR, since=MAR, counts={"requests_answered": 1})

    total = courses + requests

    assert total.contributions == 3
    assert (total.latest, total.since) == (MAR, JAN)
    assert total.learners_reached == 7
    assert total.average_rating == 4.5
    assert total.counts == {"courses_published": 2, "requests_answered": 1}
    assert Figures().average_rating is None


def test_contributions_merge_sources_newest_first():
    registry = Contributions()
    old = Contribution("course", "Course", "Old course", "/c/old/", "Author", JAN)
    new = Contribution("request", "Request", "New request", "/r/1/", "Claimed", MAR)
    undated = Contribution("guidance", "Guidance", "Undated", "/g/", "Co-author")
    registry.register(
        ContributionSource(
            key="a", items=lambda user: [old, undated], figures=lambda ids: {1: Figures(contributions=2)}
        )
    )
    registry.register(
        ContributionSource(
            key="b",
            items=lambda user: [new],
            # A source may know people nobody asked about; they are left out.
            figures=lambda ids: {1: Figures(contributions=1), 99: Figures(contributions=5)},
        )
    )

    assert registry.items_for(user=None) == [new, old, undated]
    figures = registry.figures_for([1, 2])
    assert figures[1].contributions == 3
    assert figures[2] == Figures()
    assert 99 not in figures


@pytest.mark.django_db
def test_account_links_appear_in_the_header_when_they_have_a_url(client_as):
    account_links.register(AccountLink(key="test-mine", label="My things", get_url=lambda request: "/mine/"))
    account_links.register(AccountLink(key="test-hidden", label="Hidden link", get_url=lambda request: None))
    try:
        html = client_as("employee").get("/").content.decode()
    finally:
        account_links.unregister("test-mine")
        account_links.unregister("test-hidden")

    assert '<a href="/mine/">My things</a>' in html
    assert "Hidden link" not in html
