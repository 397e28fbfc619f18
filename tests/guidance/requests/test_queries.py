"""Pages cost the same number of queries however many requests, votes and comments exist."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse


def add_requests(make_request, make_user, count, start):
    for number in range(start, start + count):
        requester = make_user("employee", username=f"requester{number}")
        learning_request = make_request(title=f"Request {number}", requester=requester)
        learning_request.vote(requester)
        learning_request.add_comment(requester, "Me too")
        learning_request.claim(make_user("expert", username=f"claimant{number}"))


def count_queries(client, url):
    # New accounts change group memberships, which rebuilds the cached header once:
    # measure the page as everyone but the first visitor after a change gets it.
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/requests/", "/", "/admin/learning_requests/"])
def test_queries_do_not_grow_with_the_number_of_requests(client_as, make_request, make_user, url):
    client = client_as("moderator")
    add_requests(make_request, make_user, 2, 0)
    few = count_queries(client, url)

    add_requests(make_request, make_user, 15, 2)
    many = count_queries(client, url)

    assert many == few


@pytest.mark.django_db
def test_request_page_queries_do_not_grow_with_comments_votes_and_history(client_as, make_request, make_user):
    client = client_as("moderator")
    learning_request = make_request()
    url = reverse("requests:detail", args=[learning_request.pk])
    few = count_queries(client, url)

    moderator = make_user("moderator", username="mod2")
    for number in range(10):
        person = make_user("employee", username=f"p{number}")
        learning_request.vote(person)
        learning_request.add_comment(person, f"Comment {number}")
    learning_request.change_status(moderator, "accepted")
    learning_request.change_status(moderator, "in_progress")
    many = count_queries(client, url)

    assert many == few
