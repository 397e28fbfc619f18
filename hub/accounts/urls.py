"""Sign-in, sign-out and passwords under /accounts/: Django's views, the hub's sign-in
page, and company sign-in (``oidc/``). The password pages answer 404 while password
sign-in is off."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import path

from .oidc.views import FinishSignIn, StartSignIn
from .passwords import while_passwords_allowed
from .views import SignInView, restricted

urlpatterns = [
    path("login/", SignInView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("restricted/", restricted, name="page_restricted"),
    path("oidc/start/", login_not_required(StartSignIn.as_view()), name="oidc_authentication_init"),
    path("oidc/callback/", login_not_required(FinishSignIn.as_view()), name="oidc_authentication_callback"),
]

PASSWORD_VIEWS = [
    ("password_change/", auth_views.PasswordChangeView, "password_change"),
    ("password_change/done/", auth_views.PasswordChangeDoneView, "password_change_done"),
    ("password_reset/", auth_views.PasswordResetView, "password_reset"),
    ("password_reset/done/", auth_views.PasswordResetDoneView, "password_reset_done"),
    ("reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView, "password_reset_confirm"),
    ("reset/done/", auth_views.PasswordResetCompleteView, "password_reset_complete"),
]
urlpatterns += [
    path(route, while_passwords_allowed(view.as_view()), name=name) for route, view, name in PASSWORD_VIEWS
]
