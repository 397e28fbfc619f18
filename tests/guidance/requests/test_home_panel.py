"""The most wanted open requests on the home page."""

import pytest

from guidance.requests.models import LearningRequest


@pytest.mark.django_db
def test_home_shows_the_most_voted_open_requests(client_as, make_request, make_user):
    voters = [make_user("employee", username=f"v{number}") for number in range(3)]
    popular = make_request(title="Most popular")
    for voter in voters:
        popular.vote(voter)
    quiet = make_request(title="Quiet one")
    quiet.vote(voters[0])
    make_request(title="Long answered", status=LearningRequest.Status.DONE)
    for number in range(6):
        make_request(title=f"Filler {number}")

    html = client_as("employee").get("/").content.decode()

    assert "Most wanted learning" in html
    assert html.index("Most popular") < html.index("Quiet one")
    assert "Long answered" not in html
    # Five at most.
    assert sum(f"Filler {number}" in html for number in range(6)) == 3


@pytest.mark.django_db
def test_home_says_what_to_do_without_requests(client_as):
    html = client_as("employee").get("/").content.decode()

    assert "No open learning requests. Missing a course?" in html
    assert 'href="/requests/new/"' in html


@pytest.mark.django_db
def test_the_panels_stylesheet_is_linked_once_in_the_head(client_as):
    html = client_as("employee").get("/").content.decode()

    head, body = html.split("</head>", 1)
    assert head.count("css/requests.css") == 1
    assert "css/requests.css" not in body
