from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path, re_path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from .navigation import languages
from .navigation.views import contact
from .ops import views as ops_views

urlpatterns = [
    path("favicon.ico", ops_views.favicon),
    path("accounts/", include("hub.accounts.urls")),
    path("scim/v2/", include("hub.accounts.scim.urls")),
    # Open, so the sign-in page can switch language too.
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("contact/", contact, name="contact"),
    path("search/", include("search.urls")),
    path("my-learning/", include("learning.urls")),
    path("requests/", include("guidance.requests.urls", namespace="requests")),
]

# Uploads straight from MEDIA_ROOT, in development only (production's web server does
# this, see README "Production"). Documents are not among them: see ops.views.media.
media_urlpatterns = [re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", ops_views.media)]
if settings.DEBUG:
    urlpatterns += media_urlpatterns

# Pages: English at today's addresses, other languages under /nl/, /de/, ... routed in
# their own tree (hub/navigation/languages.py, docs/languages.md).
urlpatterns += i18n_patterns(
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, languages.serve, name="wagtail_serve"),
    prefix_default_language=False,
)
