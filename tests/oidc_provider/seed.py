"""Set up the test provider's database: its tables, the people of ``TEST_OP_PEOPLE``
(password "company-password"), and the hub as a confidential client with the redirect
URIs in ``TEST_OP_REDIRECT_URIS``. Run again, it only updates the redirect URIs."""

import json
import os
import sys
from pathlib import Path

import django

PASSWORD = "company-password"
CLIENT_ID = "learning-hub"
CLIENT_SECRET = "learning-hub-secret"


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.oidc_provider.settings")
    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from oauth2_provider.models import Application

    call_command("migrate", verbosity=0)
    for username in json.loads(Path(os.environ["TEST_OP_PEOPLE"]).read_text()):
        if not User.objects.filter(username=username).exists():
            User.objects.create_user(username, password=PASSWORD)
    Application.objects.update_or_create(
        client_id=CLIENT_ID,
        defaults={
            "name": "Learning hub",
            "client_secret": CLIENT_SECRET,
            "client_type": Application.CLIENT_CONFIDENTIAL,
            "authorization_grant_type": Application.GRANT_AUTHORIZATION_CODE,
            "redirect_uris": os.environ["TEST_OP_REDIRECT_URIS"],
            "algorithm": Application.RS256_ALGORITHM,
            "skip_authorization": True,
        },
    )


if __name__ == "__main__":
    sys.exit(main())
