"""Who may do what, decided by permissions, never by a group's name: renaming a group in
the admin changes nobody's access. Data migrations grant these to the roles' groups
(``hub/migrations/0013_role_permissions.py``); a superuser has them all.
"""

from django.contrib.auth import get_user_model

# Hub-wide rights, declared on HubSettings (they belong to no single model).
MODERATE_CONTENT = "hub.moderate_content"
SHARE_EXPERTISE = "hub.share_expertise"

# ``with_perm`` needs to be told which backend answers when several are configured
# (django-axes runs before this one).
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def is_moderator(user):
    """An L&D moderator: sees the whole L&D queue and marks its items handled."""
    return user.is_active and user.has_perm(MODERATE_CONTENT)


def shares_expertise(user):
    """An expert: keeps an expert profile and gets an expert's weekly digest."""
    return user.is_authenticated and user.is_active and user.has_perm(SHARE_EXPERTISE)


def holders(permission):
    """Active accounts that have ``permission`` through a group or directly. Superusers
    are left out: they have every permission without being given any role's work."""
    return get_user_model().objects.with_perm(permission, include_superusers=False, backend=MODEL_BACKEND)


def holds(user, *permissions):
    """Whether ``user`` was given any of ``permissions``, through a group or directly.
    Unlike ``has_perm``, a superuser does not hold a role's permission by being one."""
    return any(holders(permission).filter(pk=user.pk).exists() for permission in permissions)


def moderators():
    """Who hears about content nobody else can answer for (an owner who left)."""
    return holders(MODERATE_CONTENT)
