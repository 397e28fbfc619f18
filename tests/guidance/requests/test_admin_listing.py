"""The admin listing of requests with filters and CSV export, for the learning team."""

import csv
import io

import pytest

from guidance.requests.models import LearningRequest

LISTING = "/admin/learning_requests/"


def read_csv(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(body)))


@pytest.fixture
def requests_for_export(make_request, make_user):
    wanted = make_request(title="Power BI basics", urgency="high")
    for name in ("a", "b"):
        wanted.vote(make_user("employee", username=f"voter-{name}"))
    make_request(
        title="Speed reading", status=LearningRequest.Status.DECLINED, decision_reason="Out of scope"
    )
    return wanted


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["moderator", "admin"])
def test_moderators_see_the_listing_and_filter_it(client_as, requests_for_export, role):
    client = client_as(role)

    everything = client.get(LISTING)
    declined = client.get(LISTING, {"status": "declined"})

    assert everything.status_code == 200
    assert "Power BI basics" in everything.content.decode()
    assert "Speed reading" in everything.content.decode()
    assert "Power BI basics" not in declined.content.decode()
    assert "Speed reading" in declined.content.decode()
    searched = client.get(LISTING, {"q": "power"}).content.decode()
    assert "Power BI basics" in searched
    assert "Speed reading" not in searched


@pytest.mark.django_db
def test_csv_export_has_the_filtered_requests_with_their_votes(client_as, requests_for_export):
    response = client_as("moderator").get(LISTING, {"export": "csv", "status": "new"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "learning-requests.csv" in response["Content-Disposition"]
    rows = read_csv(response)
    header, data = rows[0], rows[1:]
    assert header[:4] == ["ID", "Title", "Status", "Urgency"]
    assert len(data) == 1
    row = dict(zip(header, data[0], strict=True))
    assert row["Title"] == "Power BI basics"
    assert row["Status"] == "New"
    assert row["Urgency"] == "Urgent: within weeks"
    assert row["Votes"] == "2"
    assert row["Requested by"] == requests_for_export.requester.username


@pytest.mark.django_db
def test_text_that_looks_like_a_formula_is_exported_as_text(client_as, make_request):
    make_request(title='=HYPERLINK("http://evil.example","Click")', audience="+31 team", description="-x")

    rows = read_csv(client_as("moderator").get(LISTING, {"export": "csv"}))

    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Title"] == '\'=HYPERLINK("http://evil.example","Click")'
    assert row["Who it is for"] == "'+31 team"
    assert row["Votes"] == "0"  # numbers stay numbers


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["employee", "expert"])
def test_others_get_neither_the_listing_nor_the_export(client_as, requests_for_export, role):
    client = client_as(role)

    for params in ({}, {"export": "csv"}):
        response = client.get(LISTING, params)
        assert response.status_code in (302, 403)
        assert "Power BI basics" not in response.content.decode()
        assert not response.get("Content-Type", "").startswith("text/csv")


@pytest.mark.django_db
def test_moderators_may_not_edit_requests_in_the_admin(client_as, requests_for_export):
    """Status changes go through the request page, where they are recorded and announced."""
    client = client_as("moderator")

    response = client.get(f"{LISTING}edit/{requests_for_export.pk}/")

    assert response.status_code in (302, 403)
    inspect = client.get(f"{LISTING}inspect/{requests_for_export.pk}/")
    assert inspect.status_code == 200
    assert "Power BI basics" in inspect.content.decode()
