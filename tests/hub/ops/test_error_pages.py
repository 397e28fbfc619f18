import pytest


@pytest.mark.django_db
def test_not_found_page_in_the_hubs_look(client_as):
    response = client_as("employee").get("/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not find that page" in html
    assert 'href="/search/"' in html


@pytest.mark.django_db
@pytest.mark.urls("tests.hub.ops.urls_error")
def test_server_error_page_leaks_nothing(client_as):
    client = client_as("employee")
    client.raise_request_exception = False

    response = client.get("/broken/")

    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong" in html
    assert "Er ging iets mis" in html
    assert "hunter2" not in html
    assert "Traceback" not in html
