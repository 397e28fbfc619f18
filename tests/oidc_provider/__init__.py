"""A real OpenID provider for the tests: django-oauth-toolkit's, in a project of its own
that the tests start on 127.0.0.1 with gunicorn (``server.py``). The hub talks to it
over HTTP exactly as to Entra ID, Okta or Keycloak: discovery, the authorization code
flow with PKCE, signed ID tokens, JWKS and userinfo."""
