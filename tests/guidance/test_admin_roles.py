"""What each role can do with guidance in the Wagtail admin, including crafted POSTs."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from guidance.pages import GuidanceCoAuthor, GuidancePage
from guidance.wizard.models import WizardOutcome, WizardQuestion
from tests.guidance.forms import guidance_form_data


def add_url(index):
    return f"/admin/pages/add/guidance/guidancepage/{index.pk}/"


@pytest.mark.django_db
def test_expert_creates_a_draft_they_own(client_as, guidance_index):
    response = client_as("expert").post(add_url(guidance_index), guidance_form_data())

    assert response.status_code == 302
    page = GuidancePage.objects.get(slug="writing-for-the-web")
    assert page.owner.username == "expert"
    assert not page.live
    assert page.section == "guidelines"


@pytest.mark.django_db
def test_employee_cannot_create_guidance(client_as, guidance_index):
    client = client_as("employee")

    assert client.get(add_url(guidance_index)).status_code == 302
    client.post(add_url(guidance_index), guidance_form_data())

    assert not GuidancePage.objects.filter(slug="writing-for-the-web").exists()


@pytest.mark.django_db
def test_expert_cannot_publish_even_by_a_crafted_post(client_as, guidance_index):
    client_as("expert").post(add_url(guidance_index), guidance_form_data(**{"action-publish": "publish"}))

    assert not GuidancePage.objects.get(slug="writing-for-the-web").live


@pytest.mark.django_db
def test_expert_edits_own_and_co_authored_guidance_only(client_as, make_user, draft_guidance_of):
    client = client_as("expert")
    expert_id = int(client.session["_auth_user_id"])
    other = make_user("expert", username="other-expert")
    own = draft_guidance_of(make_user("expert"))
    shared = draft_guidance_of(other, title="Shared")
    shared.co_authors.add(GuidanceCoAuthor(user_id=expert_id))
    shared.save_revision(user=other)
    foreign = draft_guidance_of(other, title="Not mine")

    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{shared.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{foreign.pk}/edit/").status_code == 302

    client.post(f"/admin/pages/{foreign.pk}/edit/", guidance_form_data(title="Hijacked", slug=foreign.slug))
    assert foreign.get_latest_revision_as_object().title == "Not mine"


@pytest.mark.django_db
def test_expert_cannot_delete_or_unpublish_published_guidance(client_as, make_user, make_guidance):
    client = client_as("expert")
    page = make_guidance(owner=make_user("expert"))

    client.post(f"/admin/pages/{page.pk}/unpublish/")
    client.post(f"/admin/pages/{page.pk}/delete/")

    page.refresh_from_db()
    assert page.live


@pytest.mark.django_db
def test_review_workflow_submit_and_approve_publishes(client_as, make_user, draft_guidance_of):
    expert = make_user("expert")
    page = draft_guidance_of(expert, title="Writing for the web", slug="writing-for-the-web")

    response = client_as("expert").post(
        f"/admin/pages/{page.pk}/edit/",
        guidance_form_data(slug=page.slug, **{"action-submit": "submit"}),
    )

    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.workflow.name == "L&D review"
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk]
    )
    client_as("expert", username="sneaky").post(approve, {"comment": ""})
    page.refresh_from_db()
    assert not page.live

    client_as("moderator").post(approve, {"comment": ""})
    page.refresh_from_db()
    assert page.live
    assert page.review_by is not None


@pytest.mark.django_db
def test_moderator_edits_and_publishes_any_guidance(client_as, make_user, draft_guidance_of):
    page = draft_guidance_of(make_user("expert"))

    response = client_as("moderator").post(
        f"/admin/pages/{page.pk}/edit/",
        guidance_form_data(slug=page.slug, **{"action-publish": "publish"}),
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live


@pytest.mark.django_db
def test_only_moderators_hand_guidance_to_another_owner(client_as, make_user, draft_guidance_of):
    expert = make_user("expert")
    successor = make_user("expert", username="successor")
    page = draft_guidance_of(expert)
    edit_url = f"/admin/pages/{page.pk}/edit/"

    client_as("expert").post(edit_url, guidance_form_data(slug=page.slug, owner=str(successor.pk)))
    page.refresh_from_db()
    assert page.owner == expert

    client_as("moderator").post(edit_url, guidance_form_data(slug=page.slug, owner=str(successor.pk)))
    page.refresh_from_db()
    assert page.owner == successor


@pytest.mark.django_db
def test_experts_cannot_edit_the_ask_form_or_see_its_submissions(client_as, ask_page):
    expert = client_as("expert")
    moderator = client_as("moderator")

    assert expert.get(f"/admin/pages/{ask_page.pk}/edit/").status_code == 302
    assert expert.get(f"/admin/forms/submissions/{ask_page.pk}/").status_code in (302, 403)
    assert moderator.get(f"/admin/pages/{ask_page.pk}/edit/").status_code == 200
    assert moderator.get(f"/admin/forms/submissions/{ask_page.pk}/").status_code == 200


@pytest.mark.parametrize(
    ("role", "allowed"), [("employee", False), ("expert", False), ("moderator", True), ("admin", True)]
)
@pytest.mark.django_db
def test_only_moderators_and_admins_edit_the_wizard(client_as, role, allowed):
    client = client_as(role)
    question = WizardQuestion.objects.get(locale__language_code="en", is_start=True)
    outcome = WizardOutcome.objects.filter(locale=question.locale).first()

    for url in (
        reverse("wagtailsnippets_guidance_wizardquestion:list"),
        reverse("wagtailsnippets_guidance_wizardquestion:edit", args=[question.pk]),
        reverse("wagtailsnippets_guidance_wizardoutcome:list"),
        reverse("wagtailsnippets_guidance_wizardoutcome:edit", args=[outcome.pk]),
    ):
        assert (client.get(url).status_code == 200) is allowed, url

    client.post(
        reverse("wagtailsnippets_guidance_wizardoutcome:delete", args=[outcome.pk]),
    )
    assert WizardOutcome.objects.filter(pk=outcome.pk).exists() is not allowed


@pytest.mark.parametrize("role", ["expert", "moderator", "admin"])
@pytest.mark.django_db
def test_new_guidance_shortcut_opens_the_editor_for_writers(client_as, guidance_index, role):
    client = client_as(role)

    assert "New guidance page" in client.get("/admin/").content.decode()
    response = client.get("/admin/guidance/new/")
    assert response.status_code == 302
    assert response["Location"] == add_url(guidance_index)


@pytest.mark.django_db
def test_new_guidance_shortcut_is_closed_to_employees(client_as, guidance_index):
    response = client_as("employee").get("/admin/guidance/new/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_new_guidance_shortcut_refuses_admin_users_without_the_add_right(make_user, guidance_index):
    from django.contrib.auth.models import Permission
    from django.test import Client

    user = make_user("employee", username="reporter")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(user)

    assert "New guidance page" not in client.get("/admin/").content.decode()
    response = client.get("/admin/guidance/new/")
    # Wagtail's admin turns PermissionDenied into a redirect to the dashboard, with a message.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
