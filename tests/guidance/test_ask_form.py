"""Ask the learning team: e-mail to the team's address, stored submissions, validation
that keeps what people typed, prefill from the wizard and the hourly limit."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from guidance.ask import AskSubmission
from hub.navigation.models import HubSettings

URL = "/guidance/ask/"
VALID = {
    "subject": "A course on budgets",
    "message": "Our new team leads need budgeting basics.",
    "team": "Sales",
}


@pytest.mark.parametrize("role", ["employee", "expert", "moderator", "admin"])
@pytest.mark.django_db
def test_every_role_sees_the_form(client_as, ask_page, role):
    response = client_as(role).get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="subject"' in html
    assert 'name="message"' in html
    assert "Send to the learning team" in html


@pytest.mark.django_db
def test_signed_out_visitors_are_sent_to_sign_in(client, ask_page):
    assert client.get(URL).status_code == 302
    assert client.post(URL, VALID).status_code == 302
    assert not AskSubmission.objects.exists()


@pytest.mark.django_db
def test_a_question_is_mailed_to_the_team_and_stored(client_as, ask_page):
    client = client_as("employee", email="sam@example.com", first_name="Sam", last_name="Jansen")

    response = client.post(URL, VALID)

    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    submission = AskSubmission.objects.get()
    assert submission.user.username == "employee"
    assert submission.form_data["subject"] == "A course on budgets"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["learning-team@example.com"]
    assert message.reply_to == ["sam@example.com"]
    assert "Sam Jansen" in message.body
    assert "Our new team leads need budgeting basics." in message.body


@pytest.mark.django_db
def test_the_page_s_own_address_wins_over_the_settings(client_as, ask_page):
    ask_page.to_address = "academy@example.com, hr@example.com"
    ask_page.save_revision().publish()

    client_as().post(URL, VALID)

    assert mail.outbox[0].to == ["academy@example.com", "hr@example.com"]


@pytest.mark.django_db
def test_without_any_address_it_is_still_stored(client_as, ask_page):
    HubSettings.objects.update(learning_team_email="")

    assert client_as().post(URL, VALID).status_code == 200
    assert AskSubmission.objects.count() == 1
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({**VALID, "subject": ""}, "This field is required."),
        ({**VALID, "message": "   "}, "This field is required."),
        ({**VALID, "subject": "x" * 256}, "at most 255 characters"),
        ({**VALID, "message": "y" * 4001}, "at most 4000 characters"),
    ],
)
@pytest.mark.django_db
def test_bad_input_gets_a_400_and_keeps_the_text(client_as, ask_page, data, error):
    response = client_as().post(URL, data)

    assert response.status_code == 400
    html = response.content.decode()
    assert error in html
    assert "Please correct the fields marked below." in html
    assert "Our new team leads need budgeting basics." in html or data["message"] in html
    assert not AskSubmission.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_forged_post_without_the_csrf_token_is_refused(make_user, ask_page):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user())

    assert client.post(URL, VALID).status_code == 403
    assert not AskSubmission.objects.exists()


@pytest.mark.django_db
def test_prefill_from_the_query_string_cut_to_size(client_as, ask_page):
    response = client_as().get(URL, {"subject": "From the wizard", "message": "z" * 5000, "unknown": "x"})

    html = response.content.decode()
    assert 'value="From the wizard"' in html
    textarea = re.search(r'<textarea name="message"[^>]*>\s*(z*)</textarea>', html)
    assert len(textarea.group(1)) == 4000


@override_settings(HUB_ASKS_PER_HOUR=2)
@pytest.mark.django_db
def test_the_hourly_limit_answers_429_and_keeps_the_text(client_as, make_user, ask_page):
    client = client_as()
    client.post(URL, VALID)
    client.post(URL, VALID)

    response = client.post(URL, {**VALID, "message": "My third question, kept."})

    assert response.status_code == 429
    html = response.content.decode()
    assert "You have sent 2 questions in the last hour" in html
    assert "My third question, kept." in html
    assert AskSubmission.objects.count() == 2
    assert len(mail.outbox) == 2
    # The limit is per person: a colleague may still ask.
    assert client_as("expert").post(URL, VALID).status_code == 200


@pytest.mark.django_db
def test_moderators_read_submissions_with_who_asked(client_as, ask_page):
    client_as("employee", first_name="Sam", last_name="Jansen").post(URL, VALID)

    html = client_as("moderator").get(f"/admin/forms/submissions/{ask_page.pk}/").content.decode()

    assert "A course on budgets" in html
    assert "Sam Jansen" in html


@pytest.mark.django_db
def test_submission_listing_queries_do_not_grow_with_submissions(client_as, make_user, ask_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    moderator = client_as("moderator")
    url = f"/admin/forms/submissions/{ask_page.pk}/"

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert moderator.get(url).status_code == 200
        return len(queries)

    client_as("employee").post(URL, VALID)
    moderator.get(url)
    few = count()
    for n in range(4):
        client_as("employee", username=f"asker{n}").post(URL, VALID)
    assert count() == few
