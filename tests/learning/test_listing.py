import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning.models import CoursePage
from tests.factories import CourseRatingFactory, EnrolmentFactory, PageViewRestrictionFactory


def titles(response):
    return [course.title for course in response.context["courses"]]


@pytest.fixture
def catalogue(make_course):
    now = timezone.now()
    make_course(
        title="Excel basics",
        topics=["Excel"],
        skills=["formulas"],
        estimated_minutes=10,
        first_published_at=now,
    )
    make_course(
        title="Advanced Excel",
        topics=["Excel"],
        estimated_minutes=90,
        content_language="nl",
        first_published_at=now - datetime.timedelta(days=1),
    )
    make_course(
        title="Feedback",
        topics=["Leadership"],
        estimated_minutes=30,
        region="benelux",
        first_published_at=now - datetime.timedelta(days=2),
    )


@pytest.mark.django_db
def test_published_courses_newest_first(client_as, catalogue, draft_course_of, make_user):
    draft_course_of(make_user("expert"), title="Unfinished draft")

    response = client_as("employee").get("/courses/")

    assert response.status_code == 200
    assert titles(response) == ["Excel basics", "Advanced Excel", "Feedback"]
    assert "Unfinished draft" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("topic=excel", ["Excel basics", "Advanced Excel"]),
        ("skill=formulas", ["Excel basics"]),
        ("length=short", ["Excel basics"]),
        ("length=medium", ["Feedback"]),
        ("length=long", ["Advanced Excel"]),
        ("language=nl", ["Advanced Excel"]),
        ("region=benelux", ["Feedback"]),
        ("topic=excel&length=long", ["Advanced Excel"]),
        ("sort=title", ["Advanced Excel", "Excel basics", "Feedback"]),
    ],
)
def test_filters_and_sorting(client_as, catalogue, query, expected):
    response = client_as("employee").get(f"/courses/?{query}")

    assert titles(response) == expected


@pytest.mark.django_db
def test_filters_in_use_show_as_removable_chips(client_as, catalogue):
    html = client_as("employee").get("/courses/?topic=excel&length=long").content.decode()

    assert 'class="chip" href="?topic=excel"' in html
    assert 'class="chip" href="?length=long"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("topic=unknown", "We ignored Topic “unknown”: it is not one of the choices."),
        ("length=forever", "We ignored Length “forever”: it is not one of the choices."),
        ("sort=random", "We ignored Sort by “random”: it is not one of the choices."),
        ("page=abc", None),
        ("page=9999", None),
    ],
)
def test_unknown_filters_are_ignored_with_a_message_naming_them(client_as, catalogue, query, message):
    """The one rule of hub/content/filters.py: a value that is not one of the choices is
    dropped and named; the rest of the list is shown. A page number out of range is not
    a filter: the nearest page is shown, without a message."""
    response = client_as("employee").get(f"/courses/?{query}")

    assert response.status_code == 200
    assert len(titles(response)) == 3
    html = response.content.decode()
    if message:
        assert message in html
        assert 'class="chip"' not in html
    else:
        assert "We ignored" not in html


@pytest.mark.django_db
def test_a_dropped_filter_leaves_the_others_in_use(client_as, catalogue):
    html = client_as("employee").get("/courses/?topic=unknown&length=long").content.decode()

    assert "We ignored Topic “unknown”: it is not one of the choices." in html
    assert "Length: Over an hour" in html  # the chip of the filter still in use
    assert "Advanced Excel" in html and "Excel basics" not in html
    # Removing that chip does not bring the dropped value back.
    assert '<a class="chip" href="?">Length: Over an hour' in html


@pytest.mark.django_db
def test_topic_and_skill_pages(client_as, catalogue):
    client = client_as("employee")

    topic = client.get("/courses/topic/excel/")
    skill = client.get("/courses/skill/formulas/")

    assert titles(topic) == ["Excel basics", "Advanced Excel"]
    assert "Courses about Excel" in topic.content.decode()
    assert titles(skill) == ["Excel basics"]
    assert client.get("/courses/topic/no-such-topic/").status_code == 404


@pytest.mark.django_db
def test_tags_of_drafts_and_restricted_courses_are_not_revealed(client_as, catalogue, make_course):

    make_course(title="Secret plan", topics=["Quokkas"], skills=["burrowing"]).unpublish()
    restricted = make_course(title="Board only", topics=["Mergers"], skills=["diligence"])
    PageViewRestrictionFactory(page=restricted)
    client = client_as("employee")

    html = client.get("/courses/").content.decode()

    assert "Excel" in html and "formulas" in html  # the listed courses' tags are offered
    for name in ("Quokkas", "burrowing", "Mergers", "diligence"):
        assert name not in html
    for url in ("topic/quokkas/", "skill/burrowing/", "topic/mergers/", "skill/diligence/"):
        assert client.get(f"/courses/{url}").status_code == 404
    # Nor accepted as a filter: dropped, and named.
    response = client.get("/courses/?topic=quokkas")
    assert len(titles(response)) == 3
    assert "We ignored Topic “quokkas”: it is not one of the choices." in response.content.decode()


@pytest.mark.django_db
def test_empty_listing_says_what_to_do(client_as):
    html = client_as("employee").get("/courses/").content.decode()

    assert "No course matches these filters yet." in html


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_the_number_of_courses(client_as, make_course, make_user):
    client = client_as("employee")
    owners = [make_user("expert", username=f"owner{i}") for i in range(3)]
    for i in range(3):
        make_course(
            title=f"Course {i}", topics=[f"Topic {i}", "Shared"], skills=["Skill"], owner=owners[i % 3]
        )
    count_queries(client, "/courses/")
    few = count_queries(client, "/courses/")
    few_filtered = count_queries(client, "/courses/?topic=shared&sort=title")

    for i in range(3, 12):
        make_course(
            title=f"Course {i}", topics=[f"Topic {i}", "Shared"], skills=["Skill"], owner=owners[i % 3]
        )
    count_queries(client, "/courses/")  # publishing dropped the cached navigation: warm it again
    many = count_queries(client, "/courses/")
    filtered = count_queries(client, "/courses/?topic=shared&sort=title")

    assert many == few
    assert filtered == few_filtered


@pytest.mark.django_db
def test_cards_show_ratings_and_completions_and_sort_by_them(client_as, catalogue, make_user):
    from django.utils import timezone as tz

    courses = {course.title: course for course in CoursePage.objects.all()}
    people = [make_user("employee", username=f"learner{n}") for n in range(3)]
    # Feedback: rated 5 by one; Advanced Excel: 4 and 4 by two, completed by three.
    CourseRatingFactory(course=courses["Feedback"], user=people[0], stars=5)
    for person in people[:2]:
        CourseRatingFactory(course=courses["Advanced Excel"], user=person, stars=4)
    for person in people:
        EnrolmentFactory(
            user=person, course=courses["Advanced Excel"], course_title="x", completed_at=tz.now()
        )
    EnrolmentFactory(user=people[0], course=courses["Feedback"], course_title="x")  # not completed

    client = client_as("employee")
    by_rating = client.get("/courses/?sort=rating")
    by_completions = client.get("/courses/?sort=completions")

    assert titles(by_rating) == ["Feedback", "Advanced Excel", "Excel basics"]
    assert titles(by_completions) == ["Advanced Excel", "Excel basics", "Feedback"]
    html = by_rating.content.decode()
    assert "Rated 4.0 out of 5 (2 ratings)" in html
    assert "3 completions" in html
    assert "0 completions" in html


@pytest.mark.django_db
def test_a_courses_own_language_is_marked_on_its_title_and_summary(client_as, catalogue):
    """Screen readers read a Dutch title in Dutch on an English page, and the label
    "Dutch" in the page's own language (WCAG 3.1.2)."""
    course = CoursePage.objects.get(title="Advanced Excel")

    listing = client_as("employee").get("/courses/").content.decode()
    page = client_as("employee", username="other").get(course.url).content.decode()

    assert f'<a href="{course.url}" lang="nl">Advanced Excel</a>' in listing
    assert f'<p lang="nl">{course.summary}</p>' in listing
    assert "<span>Dutch</span>" in listing and '<span lang="nl">Dutch</span>' not in listing
    assert '<h1 lang="nl">Advanced Excel</h1>' in page
