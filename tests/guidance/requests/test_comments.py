import pytest
from django.urls import reverse

from guidance.requests.models import COMMENT_MAX
from tests.conftest import ROLES


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_role_comments(client_as, role, learning_request):
    client = client_as(role, first_name="Robin", last_name="Bos")

    response = client.post(
        reverse("requests:comment", args=[learning_request.pk]), {"body": "Me too, for the Q3 close."}
    )

    assert response.status_code == 302
    assert response["Location"].endswith("#comments")
    html = client.get(response["Location"]).content.decode()
    assert "Me too, for the Q3 close." in html
    assert "Robin Bos" in html


@pytest.mark.django_db
@pytest.mark.parametrize("body", ["", "   ", "c" * (COMMENT_MAX + 1)])
def test_an_empty_or_over_long_comment_is_refused_and_kept(client_as, learning_request, body):
    response = client_as("employee").post(
        reverse("requests:comment", args=[learning_request.pk]), {"body": body}
    )

    assert response.status_code == 400
    assert learning_request.comments.count() == 0
    assert response.context["comment_form"].errors["body"]
    if body.strip():
        assert body in response.content.decode()


def remove_url(comment):
    return reverse("requests:remove_comment", args=[comment.request_id, comment.pk])


@pytest.fixture
def junk(learning_request, make_user):
    author = make_user("employee", username="writer")
    return learning_request.add_comment(author, "asdfasdf junk")


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["author", "moderator"])
def test_the_author_or_a_moderator_removes_a_comment(client, junk, make_user, who):
    remover = junk.author if who == "author" else make_user("moderator")
    client.force_login(remover)
    detail = reverse("requests:detail", args=[junk.request_id])
    assert remove_url(junk) in client.get(detail).content.decode()  # the button is offered

    response = client.post(remove_url(junk))

    assert response.status_code == 302
    assert response["Location"].endswith("#comments")
    page = client.get(response["Location"]).content.decode()
    assert "asdfasdf junk" not in page
    assert "The comment is removed." in page
    # Kept on record, with who removed it; no longer counted.
    junk.refresh_from_db()
    assert junk.hidden_by == remover and junk.hidden_at is not None
    assert "0 comments" in client.get(reverse("requests:index")).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["employee", "expert"])
def test_others_cannot_remove_a_comment(client_as, junk, role):
    client = client_as(role, username="someone-else")
    detail = reverse("requests:detail", args=[junk.request_id])
    assert remove_url(junk) not in client.get(detail).content.decode()

    response = client.post(remove_url(junk))

    assert response.status_code == 403
    assert "Only its author or an L&amp;D moderator can remove a comment." in response.content.decode()
    junk.refresh_from_db()
    assert junk.hidden_at is None
    assert "asdfasdf junk" in client.get(detail).content.decode()


@pytest.mark.django_db
def test_removing_needs_a_post_and_a_comment_of_that_request(client_as, junk, make_request):
    client = client_as("moderator")
    other = make_request(title="Another request")

    assert client.get(remove_url(junk)).status_code == 405
    wrong_request = reverse("requests:remove_comment", args=[other.pk, junk.pk])
    assert client.post(wrong_request).status_code == 404
    assert client.post(reverse("requests:remove_comment", args=[junk.request_id, 999999])).status_code == 404
    junk.refresh_from_db()
    assert junk.hidden_at is None
