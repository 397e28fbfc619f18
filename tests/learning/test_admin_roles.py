"""What each role can do with courses in the Wagtail admin, including crafted POSTs."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from learning.models import CourseCoAuthor, CoursePage
from tests.learning.forms import course_form_data


def add_url(index):
    return f"/admin/pages/add/learning/coursepage/{index.pk}/"


@pytest.mark.django_db
def test_expert_creates_a_draft_course_they_own(client_as, course_index):
    client = client_as("expert")

    response = client.post(add_url(course_index), course_form_data())

    assert response.status_code == 302
    course = CoursePage.objects.get(slug="spreadsheets-101")
    assert course.owner.username == "expert"
    assert not course.live
    assert list(course.topics.names()) == ["Excel"]


@pytest.mark.django_db
def test_employee_cannot_create_courses(client_as, course_index):
    response = client_as("employee").post(add_url(course_index), course_form_data())

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not CoursePage.objects.filter(slug="spreadsheets-101").exists()


@pytest.mark.django_db
def test_expert_cannot_publish_even_by_a_crafted_post(client_as, course_index):
    client = client_as("expert")

    client.post(add_url(course_index), course_form_data(**{"action-publish": "publish"}))

    course = CoursePage.objects.get(slug="spreadsheets-101")
    assert not course.live


@pytest.mark.django_db
def test_expert_edits_own_and_co_authored_courses_only(client_as, make_user, draft_course_of):
    client = client_as("expert")
    expert = client.session["_auth_user_id"]
    other = make_user("expert", username="other-expert")
    own = draft_course_of(make_user("expert"))
    co_authored = draft_course_of(other, title="Shared")
    co_authored.co_authors.add(CourseCoAuthor(user_id=expert))
    co_authored.save_revision(user=other)
    foreign = draft_course_of(other, title="Not mine")

    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{co_authored.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{foreign.pk}/edit/").status_code == 302

    response = client.post(
        f"/admin/pages/{foreign.pk}/edit/", course_form_data(title="Hijacked", slug=foreign.slug)
    )
    foreign.refresh_from_db()
    assert response.status_code == 302
    assert foreign.get_latest_revision_as_object().title == "Not mine"


@pytest.mark.django_db
def test_expert_cannot_unpublish_move_or_delete_a_published_course(
    client_as, make_user, make_course, course_index
):
    client = client_as("expert")
    course = make_course(owner=make_user("expert"))

    client.post(f"/admin/pages/{course.pk}/unpublish/")
    client.post(f"/admin/pages/{course.pk}/delete/")
    client.post(f"/admin/pages/{course.pk}/move/{course_index.get_parent().pk}/confirm/")

    course.refresh_from_db()
    assert course.live
    assert course.get_parent().pk == course_index.pk


def workflow_action_url(course, action, state):
    return reverse(
        "wagtailadmin_pages:workflow_action", args=[course.pk, action, state.current_task_state.pk]
    )


def submit_for_review(client, course):
    return client.post(
        f"/admin/pages/{course.pk}/edit/",
        course_form_data(title=course.title, slug=course.slug, **{"action-submit": "submit"}),
    )


@pytest.mark.django_db
def test_review_workflow_approve_publishes(client_as, make_user, draft_course_of):
    expert = make_user("expert")
    expert_client = client_as("expert")
    course = draft_course_of(expert, title="Spreadsheets 101", slug="spreadsheets-101")

    assert submit_for_review(expert_client, course).status_code == 302
    state = WorkflowState.objects.get(object_id=str(course.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.workflow.name == "L&D review"
    moderator = client_as("moderator")
    approve_url = workflow_action_url(course, "approve", state)

    response = moderator.post(approve_url, {"comment": ""})

    assert response.status_code in (200, 302)
    course.refresh_from_db()
    assert course.live


@pytest.mark.django_db
def test_request_changes_notifies_the_author(client_as, make_user, draft_course_of):
    expert = make_user("expert")
    course = draft_course_of(expert, title="Spreadsheets 101", slug="spreadsheets-101")
    submit_for_review(client_as("expert"), course)
    state = WorkflowState.objects.get(object_id=str(course.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    mail.outbox.clear()

    client_as("moderator").post(
        workflow_action_url(course, "reject", state),
        {"comment": "Please add an example for the sales team."},
    )

    course.refresh_from_db()
    assert not course.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_author = [message for message in mail.outbox if expert.email in message.to]
    assert to_author, [message.to for message in mail.outbox]
    assert "Please add an example for the sales team." in to_author[0].body


@pytest.mark.django_db
def test_expert_cannot_approve_by_a_crafted_post(client_as, make_user, draft_course_of):
    expert = make_user("expert")
    course = draft_course_of(expert)
    submit_for_review(client_as("expert"), course)
    state = WorkflowState.objects.get(object_id=str(course.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    other_expert = client_as("expert", username="sneaky")

    other_expert.post(workflow_action_url(course, "approve", state), {"comment": ""})

    course.refresh_from_db()
    assert not course.live


@pytest.mark.django_db
def test_moderator_edits_and_publishes_any_course(client_as, make_user, draft_course_of):
    course = draft_course_of(make_user("expert"), title="Spreadsheets 101", slug="spreadsheets-101")

    response = client_as("moderator").post(
        f"/admin/pages/{course.pk}/edit/",
        course_form_data(title="Spreadsheets 101", slug=course.slug, **{"action-publish": "publish"}),
    )

    assert response.status_code == 302
    course.refresh_from_db()
    assert course.live
    assert course.review_by is not None


@pytest.mark.django_db
def test_moderators_admin_home_lists_reviews_and_overdue_courses(
    client_as, make_user, draft_course_of, make_course
):
    import datetime

    course = draft_course_of(make_user("expert"), title="Waiting course")
    submit_for_review(client_as("expert"), course)
    overdue = make_course(title="Stale course")
    CoursePage.objects.filter(pk=overdue.pk).update(review_by=datetime.date(2020, 1, 1))

    moderator = client_as("moderator")
    html = moderator.get("/admin/").content.decode()
    queue_html = moderator.get("/admin/hub/queue/").content.decode()
    expert_html = client_as("expert", username="another").get("/admin/").content.decode()

    # The admin home counts them by kind (the L&D queue panel); the queue lists them.
    assert "2 items wait for a person." in html
    assert 'href="/admin/hub/queue/?kind=waiting"' in html
    assert 'href="/admin/hub/queue/?kind=overdue"' in html
    assert "Waiting course" in queue_html
    assert "Stale course" in queue_html
    assert "wait for a person." not in expert_html
    assert "Nothing waits for you" in expert_html


@pytest.mark.django_db
def test_only_moderators_hand_a_course_to_another_owner(client_as, make_user, draft_course_of):
    expert = make_user("expert")
    successor = make_user("expert", username="successor")
    course = draft_course_of(expert, title="Spreadsheets 101", slug="spreadsheets-101")
    edit_url = f"/admin/pages/{course.pk}/edit/"

    expert_client = client_as("expert")
    assert 'name="owner"' not in expert_client.get(edit_url).content.decode()
    expert_client.post(edit_url, course_form_data(slug=course.slug, owner=str(successor.pk)))
    course.refresh_from_db()
    assert course.owner == expert

    moderator = client_as("moderator")
    assert 'name="owner"' in moderator.get(edit_url).content.decode()
    moderator.post(edit_url, course_form_data(slug=course.slug, owner=str(successor.pk)))
    course.refresh_from_db()
    assert course.owner == successor
    # The new owner edits it from now on; the old one may not.
    assert client_as("expert", username="successor").get(edit_url).status_code == 200
    assert expert_client.get(edit_url).status_code == 302
