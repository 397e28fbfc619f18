"""Filing a request: prefill from the wizard and search, bad input kept and explained,
the "check for similar" step without JavaScript."""

import pytest
from django.urls import reverse

from guidance.requests.models import DESCRIPTION_MAX, TITLE_MAX, LearningRequest

VALID = {
    "title": "Negotiating with suppliers",
    "description": "I start buying for the team next month and have never negotiated a contract.",
    "audience": "New buyers",
    "urgency": "high",
}


@pytest.mark.django_db
def test_an_employee_files_a_request(client_as):
    client = client_as("employee")

    response = client.post(reverse("requests:new"), VALID, follow=True)

    learning_request = LearningRequest.objects.get()
    assert response.redirect_chain[-1][0] == reverse("requests:detail", args=[learning_request.pk])
    assert learning_request.requester.username == "employee"
    assert learning_request.status == LearningRequest.Status.NEW
    assert learning_request.urgency == "high"
    html = response.content.decode()
    assert "your request is filed" in html
    assert "Negotiating with suppliers" in html


@pytest.mark.django_db
def test_the_form_is_prefilled_from_the_query_string(client_as):
    url = reverse("requests:new") + "?title=Excel+macros&description=Automate+my+weekly+report"

    html = client_as("employee").get(url).content.decode()

    assert 'value="Excel macros"' in html
    assert "Automate my weekly report</textarea>" in html


@pytest.mark.django_db
def test_an_over_long_prefill_is_cut_to_what_the_form_accepts(client_as):
    url = reverse("requests:new") + "?title=" + "x" * (TITLE_MAX + 50)

    response = client_as("employee").get(url)

    assert response.status_code == 200
    assert f'value="{"x" * TITLE_MAX}"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title": ""}, "title", "This field is required."),
        ({"title": "   "}, "title", "This field is required."),
        ({"description": ""}, "description", "This field is required."),
        ({"audience": ""}, "audience", "This field is required."),
        ({"title": "t" * (TITLE_MAX + 1)}, "title", "Ensure this value has at most 150 characters"),
        (
            {"description": "d" * (DESCRIPTION_MAX + 1)},
            "description",
            "Ensure this value has at most 2000 characters",
        ),
        ({"urgency": "yesterday"}, "urgency", "Select a valid choice."),
    ],
)
def test_bad_input_is_explained_and_kept(client_as, changes, field, message):
    data = {**VALID, **changes}

    response = client_as("employee").post(reverse("requests:new"), data)

    assert response.status_code == 400
    assert message in response.context["form"].errors[field][0]
    assert not LearningRequest.objects.exists()
    html = response.content.decode()
    assert "Please correct the fields marked below." in html
    # What they typed in the other fields is still there.
    assert VALID["description"] in html or field == "description"
    assert 'value="New buyers"' in html or field == "audience"


@pytest.mark.django_db
def test_checking_for_similar_requests_saves_nothing_and_keeps_the_text(client_as, make_request):
    make_request(title="Negotiation basics for buyers")
    data = {**VALID, "check": "1"}

    response = client_as("employee").post(reverse("requests:new"), data)

    assert response.status_code == 200
    assert LearningRequest.objects.count() == 1
    html = response.content.decode()
    assert "Negotiation basics for buyers" in html
    assert 'value="Negotiating with suppliers"' in html


@pytest.mark.django_db
def test_the_request_page_escapes_what_people_type(client_as, make_request):
    learning_request = make_request(title="<script>alert(1)</script>", description="<b>bold</b>")

    html = client_as("employee").get(reverse("requests:detail", args=[learning_request.pk])).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>bold</b>" not in html
