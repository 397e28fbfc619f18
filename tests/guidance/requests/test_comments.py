import pytest
from django.urls import reverse

from guidance.models.requests import COMMENT_MAX
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
