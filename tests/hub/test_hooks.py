"""The hooks through which apps plug into hub without importing each other (hub/hooks.py)."""

from datetime import UTC, datetime

import pytest

from hub import hooks
from hub.contributions.sources import Contribution, ContributionSource, Figures, figures_for, items_for
from hub.navigation.menus import AccountLink

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


def test_contributions_merge_sources_newest_first(register_hook, monkeypatch):
    # Only the two sources of this test: the apps' own would query the database.
    monkeypatch.setattr("hub.contributions.sources.sources", lambda: hooks.collect("test_contributions"))
    old = Contribution("course", "Course", "Old course", "/c/old/", "Author", JAN)
    new = Contribution("request", "Request", "New request", "/r/1/", "Claimed", MAR)
    undated = Contribution("guidance", "Guidance", "Undated", "/g/", "Co-author")
    register_hook(
        "test_contributions",
        ContributionSource(
            key="a", items=lambda user: [old, undated], figures=lambda ids: {1: Figures(contributions=2)}
        ),
    )
    register_hook(
        "test_contributions",
        ContributionSource(
            key="b",
            items=lambda user: [new],
            # A source may know people nobody asked about; they are left out.
            figures=lambda ids: {1: Figures(contributions=1), 99: Figures(contributions=5)},
        ),
    )

    assert items_for(user=None) == [new, old, undated]
    figures = figures_for([1, 2])
    assert figures[1].contributions == 3
    assert figures[2] == Figures()
    assert 99 not in figures


@pytest.mark.django_db
def test_account_links_appear_in_the_header_when_they_have_a_url(client_as, register_hook):
    register_hook(
        hooks.ACCOUNT_LINKS, AccountLink(key="test-mine", label="My things", get_url=lambda request: "/mine/")
    )
    register_hook(
        hooks.ACCOUNT_LINKS, AccountLink(key="test-hidden", label="Hidden link", get_url=lambda request: None)
    )

    html = client_as("employee").get("/").content.decode()

    assert '<a href="/mine/">My things</a>' in html
    assert "Hidden link" not in html
