"""Password sign-in, which a company that signs in through its identity provider can
turn off (``HUB_PASSWORD_LOGIN``), keeping it for a few break-glass accounts."""

from functools import wraps

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def password_allowed(username):
    """Whether ``username`` may sign in with a password."""
    return settings.HUB_PASSWORD_LOGIN or (username or "") in settings.HUB_BREAK_GLASS_ACCOUNTS


class PasswordBackend(ModelBackend):
    """Django's own username and password check, when password sign-in is allowed for
    that account. Every path to a session goes through here, the admin's included."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        name = username if username is not None else kwargs.get(get_user_model().USERNAME_FIELD)
        if not password_allowed(name):
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class SignInForm(AuthenticationForm):
    """Says so when a password cannot work, rather than "wrong password"."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "password_off": _("Sign-in with a password is turned off here. Use your company account."),
    }

    def clean(self):
        if not password_allowed(self.cleaned_data.get("username")):
            raise ValidationError(self.error_messages["password_off"], code="password_off")
        return super().clean()


def password_change_url(request):
    """For the account menu: where to change one's password, for people who have one
    while password sign-in is on."""
    if settings.HUB_PASSWORD_LOGIN and request.user.has_usable_password():
        return reverse("password_change")
    return None


def while_passwords_allowed(view):
    """Password change and reset exist only while password sign-in is on."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not settings.HUB_PASSWORD_LOGIN:
            raise Http404(_("Passwords are not used here."))
        return view(request, *args, **kwargs)

    return wrapped
