"""Start and stop the test OpenID provider (see ``__init__``) from the tests."""

import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urljoin

import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.servers import free_port

from .seed import CLIENT_ID, CLIENT_SECRET, PASSWORD

ROOT = Path(__file__).resolve().parents[2]


class Provider:
    """A running provider: its issuer, the hub's client credentials, and its directory."""

    client_id = CLIENT_ID
    client_secret = CLIENT_SECRET
    password = PASSWORD

    def __init__(self, folder, port):
        self.folder = folder
        self.issuer = f"http://127.0.0.1:{port}/o"
        self.people_file = folder / "people.json"
        self.mode_file = folder / "mode"
        self.redirect_uris = {"http://testserver/accounts/oidc/callback/"}
        self.environ = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.oidc_provider.settings",
            "TEST_OP_DATABASE": str(folder / "provider.sqlite3"),
            "TEST_OP_ISSUER": self.issuer,
            "TEST_OP_KEY_FILE": str(folder / "signing-key.pem"),
            "TEST_OP_PEOPLE": str(self.people_file),
            "TEST_OP_MODE": str(self.mode_file),
        }

    def people(self, people):
        """Set what the directory says: {username: claims}. New usernames get accounts."""
        self.people_file.write_text(json.dumps(people))
        self._seed()

    def misbehave(self, mode=""):
        """ "nonce", "audience" or "tamper"; "" to behave again."""
        self.mode_file.write_text(mode)

    def allow_redirect(self, uri):
        if uri not in self.redirect_uris:
            self.redirect_uris.add(uri)
            self._seed()

    def sign_in(self, client, username, next_url="/", password=None):
        """Sign ``username`` in to the hub through this provider, as a browser would:
        the hub's test ``client`` starts the flow, ``requests`` plays the browser at the
        provider (sign-in form, authorization), and the client follows the provider's
        redirect back to the hub. Returns the hub's answer to that callback."""
        start = client.get("/accounts/oidc/start/", {"next": next_url})
        assert start.status_code == 302, start
        browser = requests.Session()
        response = browser.get(start["Location"], allow_redirects=False)
        login_url = urljoin(start["Location"], response.headers["Location"])
        browser.get(login_url)
        form = {
            "username": username,
            "password": password or self.password,
            "csrfmiddlewaretoken": browser.cookies["provider_csrftoken"],
        }
        response = browser.post(login_url, data=form, headers={"Referer": login_url}, allow_redirects=False)
        location = urljoin(login_url, response.headers["Location"])
        while not location.startswith("http://testserver/"):
            response = browser.get(location, allow_redirects=False)
            location = urljoin(location, response.headers["Location"])
        self.last_callback = location.removeprefix("http://testserver")
        return client.get(self.last_callback)

    def _seed(self):
        environ = {**self.environ, "TEST_OP_REDIRECT_URIS": " ".join(sorted(self.redirect_uris))}
        subprocess.run([sys.executable, "-m", "tests.oidc_provider.seed"], cwd=ROOT, env=environ, check=True)


@contextmanager
def running_provider():
    with tempfile.TemporaryDirectory(prefix="test-oidc-provider-") as folder:
        folder = Path(folder)
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        (folder / "signing-key.pem").write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        port = free_port()
        provider = Provider(folder, port)
        provider.people({})
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "tests.oidc_provider.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
                "--threads",
                "4",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=provider.environ,
        )
        try:
            _wait_for(provider.issuer + "/.well-known/openid-configuration", server)
            yield provider
        finally:
            server.terminate()
            server.wait(timeout=10)


def _wait_for(url, server, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"The test OpenID provider stopped (exit {server.returncode}).")
        try:
            if requests.get(url, timeout=1).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"The test OpenID provider did not answer at {url} within {seconds} s.")
