import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document
from wagtail.images.models import Image


@pytest.mark.django_db
def test_hub_pages_send_a_strict_content_security_policy(client_as):
    response = client_as("employee").get("/")

    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'self'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_the_sign_in_page_is_covered_too(client):
    response = client.get("/accounts/login/")

    assert "unsafe-inline" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_admin_gets_only_the_relaxations_it_needs(client_as):
    policy = client_as("moderator").get("/admin/")["Content-Security-Policy"]

    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "object-src 'none'" in policy


@pytest.mark.django_db
@pytest.mark.parametrize("filename", ["page.html", "drawing.svg", "tool.exe", "script.js"])
def test_documents_outside_the_allow_list_are_refused(client_as, filename):
    client = client_as("moderator")

    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Suspicious",
            "file": SimpleUploadedFile(filename, b"<script>alert(1)</script>"),
            "collection": 1,
        },
    )

    assert response.status_code == 200
    assert "Not a supported document format" in response.content.decode() or response.context["form"].errors
    assert not Document.objects.filter(title="Suspicious").exists()


@pytest.mark.django_db
def test_a_pdf_is_accepted(client_as):
    client = client_as("moderator")

    response = client.post(
        "/admin/documents/add/",
        {"title": "Handbook", "file": SimpleUploadedFile("handbook.pdf", b"%PDF-1.4 test"), "collection": 1},
    )

    assert response.status_code == 302
    assert Document.objects.filter(title="Handbook").exists()


@pytest.mark.django_db
def test_svg_images_are_refused(client_as):
    client = client_as("moderator")
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    response = client.post(
        "/admin/images/add/",
        {"title": "Vector", "file": SimpleUploadedFile("vector.svg", svg, "image/svg+xml"), "collection": 1},
    )

    assert response.status_code == 200
    assert not Image.objects.filter(title="Vector").exists()


def test_upload_limits(settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE == 10 * 1024 * 1024
    assert "html" not in settings.WAGTAILDOCS_EXTENSIONS
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
