import datetime

import pytest
from django.utils import timezone

from tests.learning.learner import question, quiz

REFRESH = question(
    "Which key refreshes a pivot table?",
    [("Alt+F5", True, "SECRET-EXPLANATION"), ("Ctrl+Z", False, "Undo, not refresh.")],
)


@pytest.mark.django_db
def test_course_page_shows_facts_and_credits(client_as, make_course, make_user):
    owner = make_user("expert", first_name="Sanne", last_name="de Vries")
    co_author = make_user("expert", username="lotte", first_name="Lotte", last_name="Smit")
    course = make_course(
        title="Pivot tables", owner=owner, co_authors=[co_author], estimated_minutes=10, topics=["Excel"]
    )

    html = client_as("employee", username="reader").get(course.url).content.decode()

    assert "Pivot tables" in html
    assert "10 minutes" in html
    assert "Sanne de Vries" in html and html.index("Sanne de Vries") < html.index("Lotte Smit")
    assert 'href="/courses/topic/excel/"' in html


@pytest.mark.django_db
def test_every_kind_of_course_block_is_shown(client_as, make_course):
    course = make_course(
        body__0__heading__text="Before the meeting",
        body__1__paragraph__value="<p>Plan the agenda.</p>",
        body__2__callout__kind="warning",
        body__2__callout__text__value="<p>Book the room early.</p>",
        body__3__checklist__items__0="Send the invitation",
        body__3__checklist__items__1="Print the handouts",
        body__4__steps__steps__0__title="Open the calendar",
        body__4__steps__steps__1__title="Choose a free slot",
        body__5__quiz__questions__0__question="Who books the room?",
        body__5__quiz__questions__0__answers__0__text="The organiser",
        body__5__quiz__questions__0__answers__0__correct=True,
        body__5__quiz__questions__0__answers__1__text="Facilities",
    )

    html = client_as("employee").get(course.url).content.decode()

    for text in [
        "Before the meeting",
        "Plan the agenda.",
        "Book the room early.",
        "Send the invitation",
        "Print the handouts",
        "Open the calendar",
        "Choose a free slot",
        "Who books the room?",
        "The organiser",
    ]:
        assert text in html, text


@pytest.mark.django_db
def test_correct_answers_never_reach_the_browser(client_as, make_course):
    course = make_course(body=[quiz(REFRESH, pass_mark=80)])

    html = client_as("employee").get(course.url).content.decode()

    assert "Which key refreshes a pivot table?" in html
    assert "Alt+F5" in html
    assert "SECRET-EXPLANATION" not in html
    assert "Undo, not refresh." not in html
    assert "correct" not in html.lower().replace("correctly", "")


@pytest.mark.django_db
def test_search_indexes_questions_but_not_answers(make_course):
    from learning.blocks import QuizBlock

    _name, value = quiz(REFRESH)
    content = QuizBlock().get_searchable_content(value)

    assert "Which key refreshes a pivot table?" in content
    assert not any("SECRET-EXPLANATION" in text or "Alt+F5" in text for text in content)


@pytest.mark.django_db
def test_publishing_sets_a_review_date_a_year_ahead(make_course, settings):
    course = make_course()

    assert course.review_by is not None
    assert 360 <= (course.review_by - timezone.localdate()).days <= 366


@pytest.mark.django_db
def test_review_period_is_configurable_per_course_and_in_settings(make_course, settings):
    settings.HUB_REVIEW_PERIOD_MONTHS = 6
    course = make_course()
    quarterly = make_course(review_period_months=3)

    assert 180 <= (course.review_by - timezone.localdate()).days <= 185
    assert 88 <= (quarterly.review_by - timezone.localdate()).days <= 93


@pytest.mark.django_db
def test_overdue_course_says_it_may_be_out_of_date(client_as, make_course):
    from learning.models import CoursePage

    course = make_course()
    CoursePage.objects.filter(pk=course.pk).update(
        review_by=timezone.localdate() - datetime.timedelta(days=1)
    )

    html = client_as("employee").get(course.url).content.decode()

    assert "This may be out of date" in html


@pytest.mark.django_db
def test_former_colleagues_stay_credited(client_as, make_course, make_user):
    owner = make_user("expert", first_name="Gone", last_name="Person")
    course = make_course(owner=owner)
    owner.is_active = False
    owner.save()

    html = client_as("employee").get(course.url).content.decode()

    assert "Former colleague" in html
    assert "Gone Person" not in html


@pytest.mark.django_db
def test_credits_show_the_photo_people_uploaded(client_as, make_course, make_user):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.users.models import UserProfile

    owner = make_user("expert", first_name="Sanne", last_name="de Vries")
    profile = UserProfile.get_for_user(owner)
    photo = get_test_image_file()
    profile.avatar = SimpleUploadedFile("sanne.png", photo.file.getvalue(), "image/png")
    profile.save()
    course = make_course(owner=owner)

    html = client_as("employee").get(course.url).content.decode()

    assert f'src="{profile.avatar.url}"' in html
    assert "gravatar" not in html
