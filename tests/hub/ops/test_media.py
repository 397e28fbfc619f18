"""Uploads served from MEDIA_ROOT in development: images are, documents never (they
would skip the sign-in and collection checks of Wagtail's document view)."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from wagtail.documents.models import Document

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.hub.ops.urls_media")]


@pytest.fixture
def uploads():
    names = [
        default_storage.save("original_images/logo-test.txt", ContentFile(b"an image")),
        default_storage.save("documents/bands-test.txt", ContentFile(b"confidential figures")),
    ]
    yield names
    for name in names:
        default_storage.delete(name)


def test_images_are_served_but_documents_are_not(client_as, uploads):
    image, document = uploads
    client = client_as("employee")

    served = client.get(f"/media/{image}")
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"an image"
    for path in (document, f"./{document}", f"/{document}", f"original_images/../{document}"):
        assert client.get(f"/media/{path}").status_code == 404, path


def test_documents_are_served_by_wagtails_view(client_as, uploads):
    _image, name = uploads
    document = Document.objects.create(title="Salary bands", file=name)

    response = client_as("employee").get(document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"confidential figures"
