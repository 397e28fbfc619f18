"""Where uploads go with several app servers: S3-compatible object storage
(django-storages), in a private bucket. Documents are streamed through the hub's view
after its permission check (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``); other files
(images) get links signed for an hour."""


def object_storage(bucket, endpoint_url="", region="", access_key="", secret_key=""):
    """``STORAGES["default"]`` for ``bucket``. Without keys, boto3 finds credentials as it
    does (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the machine's role)."""
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint_url or None,
        "region_name": region or None,
        "default_acl": None,  # the bucket's own (private) policy, never public-read
        "querystring_auth": True,
        "querystring_expire": 3600,
        "file_overwrite": False,
        "signature_version": "s3v4",  # what every S3-compatible store accepts today
    }
    if access_key:
        options.update(access_key=access_key, secret_key=secret_key)
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
