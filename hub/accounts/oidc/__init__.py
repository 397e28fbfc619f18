"""Company sign-in with OpenID Connect, on mozilla-django-oidc (docs/sign-in.md)."""
