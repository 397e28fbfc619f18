"""A page or document behind a view restriction: a signed-in colleague outside its
groups gets the hub's "no access" page (403), in their language, not Wagtail's bare
sign-in form; members open it as usual."""

import pytest
from wagtail.models import Collection

from hub.accounts.roles import MODERATOR
from tests.factories import (
    CollectionViewRestrictionFactory,
    DocumentFactory,
    InfoPageFactory,
    PageViewRestrictionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def board_page(db):
    page = InfoPageFactory(title="Board minutes")
    PageViewRestrictionFactory(page=page, groups=[MODERATOR])
    return page


def test_a_colleague_outside_the_group_gets_the_no_access_page(client_as, board_page):
    response = client_as("employee").get(board_page.url, follow=True)

    assert response.status_code == 403
    html = response.content.decode()
    assert "You do not have access to this page" in html
    assert 'href="/contact/"' in html
    assert "Board minutes" not in html
    assert response.redirect_chain == [(f"/accounts/restricted/?next={board_page.url}", 302)]


def test_the_no_access_page_speaks_dutch(client_as, board_page):
    response = client_as("employee").get(board_page.url, follow=True, HTTP_ACCEPT_LANGUAGE="nl")

    assert response.status_code == 403
    assert "Je hebt geen toegang tot deze pagina" in response.content.decode()


def test_members_of_the_group_open_the_page(client_as, board_page):
    response = client_as("moderator").get(board_page.url)

    assert response.status_code == 200
    assert "Board minutes" in response.content.decode()


def test_a_private_document_gets_the_no_access_page_too(client_as):
    private = Collection.get_first_root_node().add_child(name="HR only")
    CollectionViewRestrictionFactory(collection=private, groups=[MODERATOR])
    document = DocumentFactory(
        title="Salary bands",
        collection=private,
        file__filename="bands.txt",
        file__data=b"confidential figures",
    )

    refused = client_as("employee").get(document.url, follow=True)
    allowed = client_as("moderator").get(document.url)

    assert refused.status_code == 403
    assert "You do not have access to this page" in refused.content.decode()
    assert allowed.status_code == 200
    assert b"".join(allowed.streaming_content) == b"confidential figures"


def test_signed_out_visitors_are_sent_to_sign_in_with_their_destination(client):
    response = client.get("/accounts/restricted/", {"next": "/board-minutes/"})

    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/board-minutes/"
