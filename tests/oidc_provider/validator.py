"""The directory behind the test provider: each person's claims come from the JSON file
``TEST_OP_PEOPLE`` (username -> claims), read at every request so a test can change
someone's department between two sign-ins. ``TEST_OP_MODE`` names a file whose text
makes the provider misbehave the way an attacker in the middle would: "nonce" (an ID
token for another sign-in), "audience" (for another application), "tamper" (claims
changed after signing)."""

import base64
import json
import os
from pathlib import Path

from oauth2_provider.oauth2_validators import OAuth2Validator


def _read(variable):
    path = Path(os.environ[variable])
    return path.read_text() if path.exists() else ""


def _mode():
    return _read("TEST_OP_MODE").strip()


class DirectoryValidator(OAuth2Validator):
    # Every claim goes out whatever the scopes: the directory decides what it shares.
    oidc_claim_scope = None

    def get_additional_claims(self, request):
        people = json.loads(_read("TEST_OP_PEOPLE") or "{}")
        return {"preferred_username": request.user.username, **people.get(request.user.username, {})}

    def get_id_token_dictionary(self, token, token_handler, request):
        claims, expiration_time = super().get_id_token_dictionary(token, token_handler, request)
        # These replace what oauthlib put in the token (finalize_id_token updates it).
        if _mode() == "audience":
            claims["aud"] = "another-application"
        if _mode() == "nonce":
            claims["nonce"] = "a-nonce-from-another-sign-in"
        return claims, expiration_time

    def finalize_id_token(self, id_token, token, token_handler, request):
        signed = super().finalize_id_token(id_token, token, token_handler, request)
        if _mode() == "tamper":
            header, payload, signature = signed.split(".")
            claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
            claims["email"] = "someone.else@example.com"
            payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
            signed = f"{header}.{payload}.{signature}"
        return signed
