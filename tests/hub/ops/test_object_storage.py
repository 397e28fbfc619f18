"""Uploads in S3-compatible object storage (AWS_STORAGE_BUCKET_NAME), against a real S3
server on 127.0.0.1: moto in server mode. Documents land in the private bucket and are
served only through the hub's permission-checked view; images get signed links."""

import io

import pytest
import requests
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from hub.accounts.roles import MODERATOR
from hub.settings.storage import object_storage
from tests.factories import CollectionViewRestrictionFactory, DocumentFactory
from tests.servers import S3Server

pytestmark = pytest.mark.django_db


@pytest.fixture
def bucket(settings):
    server = S3Server()
    server.start()
    settings.STORAGES = {
        **settings.STORAGES,
        "default": object_storage(
            server.bucket,
            endpoint_url=server.url,
            region="us-east-1",
            access_key=server.access_key,
            secret_key=server.secret_key,
        ),
    }
    yield server
    server.stop()


def stored(server):
    listing = server.client().list_objects_v2(Bucket=server.bucket)
    return [item["Key"] for item in listing.get("Contents", [])]


def test_a_document_is_kept_in_the_bucket_and_served_through_the_hub(bucket, client_as, client):
    document = DocumentFactory(
        title="Expense policy", file__filename="expenses.txt", file__data=b"claim within 30 days"
    )

    assert stored(bucket) == [document.file.name]
    answer = client_as("employee").get(document.url)
    assert answer.status_code == 200
    assert b"".join(answer.streaming_content) == b"claim within 30 days"
    # Signed out: the sign-in page, not the file.
    assert client.get(document.url)["Location"].startswith("/accounts/login/")
    # Private in the bucket: no grant to everyone.
    grants = bucket.client().get_object_acl(Bucket=bucket.bucket, Key=document.file.name)["Grants"]
    assert not [grant for grant in grants if "AllUsers" in grant["Grantee"].get("URI", "")]


def test_a_restricted_document_in_the_bucket_stays_restricted(bucket, client_as):
    private = Collection.get_first_root_node().add_child(name="HR only")
    CollectionViewRestrictionFactory(collection=private, groups=[MODERATOR])
    document = DocumentFactory(collection=private, file__filename="bands.txt", file__data=b"confidential")

    assert client_as("employee").get(document.url, follow=True).status_code == 403
    allowed = client_as("moderator").get(document.url)
    assert b"".join(allowed.streaming_content) == b"confidential"


def test_an_image_and_its_renditions_are_in_the_bucket_behind_signed_links(bucket):
    picture = io.BytesIO()
    PillowImage.new("RGB", (400, 300), "teal").save(picture, format="PNG")
    image = get_image_model().objects.create(title="Team photo", file=ImageFile(picture, name="team.png"))

    rendition = image.get_rendition("fill-200x150")

    assert len(stored(bucket)) == 2  # the original and the rendition
    assert "X-Amz-Signature=" in rendition.url
    fetched = requests.get(rendition.url, timeout=10)
    assert fetched.status_code == 200
    assert PillowImage.open(io.BytesIO(fetched.content)).size == (200, 150)
