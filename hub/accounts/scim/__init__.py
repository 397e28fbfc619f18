"""Provisioning with SCIM 2.0 (``/scim/v2/``), on django-scim2: the company's directory
(Entra ID, Okta) creates, updates, deactivates and removes people and their groups.
docs/sign-in.md, "Provisioning"."""
