"""Figures from the contributions registry (test sources stand in for learning and
guidance), the contributions list on a profile, and the badge rules."""

import datetime
from pathlib import Path

import pytest
from django.utils import timezone

from hub.contributions.sources import Contribution, Figures
from people.badges import BADGES, badges_for
from people.recognition import recognition_for
from tests.factories import KudosFactory

NOW = timezone.now()
YEAR_AGO = NOW - datetime.timedelta(days=400)


def keys(figures, thanks=0):
    return {badge.key for badge in badges_for(figures, thanks, now=NOW)}


def test_no_contributions_earn_no_badges():
    assert keys(Figures()) == set()


@pytest.mark.parametrize(
    ("figures", "thanks", "badge"),
    [
        (Figures(counts={"courses_published": 1}), 0, "first_course"),
        (Figures(counts={"guidance_published": 1}), 0, "first_guidance"),
        (Figures(learners_reached=100), 0, "learners_100"),
        (Figures(since=YEAR_AGO), 0, "kept_current"),
        (Figures(counts={"requests_answered": 1}), 0, "first_answer"),
        (Figures(), 10, "thanked_10"),
    ],
)
def test_each_badge_is_earned_by_its_rule(figures, thanks, badge):
    assert badge in keys(figures, thanks)


@pytest.mark.parametrize(
    ("figures", "thanks", "badge"),
    [
        (Figures(counts={"courses_published": 0}), 0, "first_course"),
        (Figures(learners_reached=99), 0, "learners_100"),
        (Figures(since=NOW - datetime.timedelta(days=300)), 0, "kept_current"),
        # A year of sharing does not count while something is past its review date.
        (Figures(since=YEAR_AGO, counts={"pages_overdue": 1}), 0, "kept_current"),
        (Figures(), 9, "thanked_10"),
    ],
)
def test_badges_are_not_earned_below_their_threshold(figures, thanks, badge):
    assert badge not in keys(figures, thanks)


def test_every_badge_is_documented():
    docs = (Path(__file__).resolve().parents[2] / "docs" / "experts.md").read_text(encoding="utf-8")
    for badge in BADGES:
        assert f"`{badge.key}`" in docs


@pytest.mark.django_db
def test_figures_add_up_across_sources_with_visible_thanks(make_user, contribution_source):
    ann, bob, fan = make_user("expert", username="ann"), make_user("expert", username="bob"), make_user()
    contribution_source(
        {
            ann.pk: Figures(
                contributions=2,
                latest=NOW,
                since=YEAR_AGO,
                learners_reached=60,
                ratings_count=2,
                ratings_total=8,
                counts={"courses_published": 2},
            )
        }
    )
    contribution_source(
        {ann.pk: Figures(contributions=1, learners_reached=45, counts={"guidance_published": 1})},
        key="second-source",
    )
    for n in range(10):
        KudosFactory(sender=fan, recipient=ann, message=f"Thanks {n}")
    KudosFactory(sender=fan, recipient=ann, message="Hidden", hidden=True)

    result = recognition_for([ann.pk, bob.pk])

    assert result[ann.pk].figures.contributions == 3
    assert result[ann.pk].figures.learners_reached == 105
    assert result[ann.pk].figures.average_rating == 4.0
    assert result[ann.pk].thanks == 10  # the hidden one does not count
    assert {badge.key for badge in result[ann.pk].badges} == {
        "first_course",
        "first_guidance",
        "learners_100",
        "kept_current",
        "thanked_10",
    }
    assert result[bob.pk].figures == Figures() and result[bob.pk].badges == []


@pytest.mark.django_db
def test_profile_lists_contributions_from_every_source_newest_first(
    client_as, make_user, make_profile, contribution_source
):
    ann = make_user("expert", username="ann")
    profile = make_profile(ann)
    old = Contribution(
        "course", "Course", "Pivot tables", "/courses/pivot/", "Author", NOW - datetime.timedelta(days=9)
    )
    new = Contribution("request", "Request", "Monthly close", "/requests/1/", "Claimed", NOW)
    contribution_source(
        {ann.pk: Figures(contributions=1, counts={"courses_published": 1})}, items={ann.pk: [old]}
    )
    contribution_source({}, items={ann.pk: [new]}, key="second-source")

    html = client_as("employee").get(profile.url).content.decode()

    assert html.index("Monthly close") < html.index("Pivot tables")
    assert '<a href="/courses/pivot/">Pivot tables</a>' in html
    assert "First course" in html


@pytest.mark.django_db
def test_a_profile_without_contributions_says_so(client_as, make_user, make_profile):
    profile = make_profile(make_user("expert"))
    assert "Nothing shared yet" in client_as("employee", username="reader").get(profile.url).content.decode()
