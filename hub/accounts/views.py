from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .oidc import provider
from .passwords import SignInForm


class SignInView(auth_views.LoginView):
    """The sign-in page: company sign-in first where it is set up, then the password
    form, which is hidden (``?with=password`` shows it) when passwords are off."""

    form_class = SignInForm

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if provider.configured():
            # Keyboard users start at the company button above the form, not in it.
            form.fields["username"].widget.attrs.pop("autofocus", None)
        return form

    def get_context_data(self, **kwargs):
        passwords_on = settings.HUB_PASSWORD_LOGIN
        asked = self.request.GET.get("with") == "password" or self.request.method == "POST"
        return super().get_context_data(
            company_sign_in=provider.configured(),
            password_form=passwords_on or asked or not provider.configured(),
            password_reset=passwords_on,
            break_glass=not passwords_on and bool(settings.HUB_BREAK_GLASS_ACCOUNTS),
            **kwargs,
        )


@login_not_required
@require_GET
def restricted(request):
    """Where Wagtail sends someone a page's or a document's view restriction turned
    away (``WAGTAIL_FRONTEND_LOGIN_URL``). Signing in again would not help a signed-in
    person, so they get the hub's "no access" page; anyone else signs in first."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.GET.get("next", "/"))
    return render(request, "403.html", status=403)
