"""Settings shared by every environment.

This module is fit for production on its own: it reads secrets and hosts from the
environment and refuses to start without them. ``dev`` and ``test`` relax it.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse

import environ
from django.utils.translation import gettext_lazy as _

from .languages import DEFAULT_LANGUAGE, INTERFACE_LANGUAGES, all_languages, content_languages
from .search import search_backends
from .storage import object_storage

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()

# --- Secrets and hosts: required, no defaults here ---------------------------------
SECRET_KEY = env.str("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
DEBUG = False

# --- Applications ------------------------------------------------------------------
INSTALLED_APPS = [
    "hub",
    "search",
    "learning",
    "guidance",
    "people",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.locales",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First: load balancers' probes are answered before any redirect or Host check.
    "hub.ops.middleware.HealthProbeMiddleware",
    "hub.ops.requestlog.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The interface speaks the reader's language; the address says which version of a
    # page (hub/navigation/languages.py).
    "hub.navigation.languages.ReaderLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The hub is an intranet: every view needs a signed-in user unless it is marked
    # with @login_not_required (login, password reset, health check).
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "hub.ops.middleware.HubCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Must stay last: it turns locked-out sign-ins into a 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "hub.navigation.context_processors.hub",
            ],
        },
    },
]

# --- Database, cache, sessions -----------------------------------------------------
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Page chrome that reads the same for everyone in a language (the header's search box
# and menu, the section links, the footer) is rendered once per worker and kept in its
# own memory: fetching it from a shared cache would cost a round trip per fragment, more
# than rendering it. It changes only with a deploy, which restarts the workers, or with
# the tree, whose navigation version is part of its keys (hub/navigation.py).
CACHES = {
    # One server: each worker's own memory. Several servers: Redis (below), shared.
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "chrome": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "hub-chrome"},
}
if env.str("REDIS_URL", default=""):
    CACHES["default"] = {
        # Redis, or each server's own memory while Redis is down (hub/ops/cache.py).
        "BACKEND": "hub.ops.cache.FallbackRedisCache",
        "LOCATION": env.str("REDIS_URL"),
        # A dead Redis must cost a page a second at most, and only once per retry.
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Sign-in -------------------------------------------------------------------------
# docs/sign-in.md. Company sign-in (OpenID Connect) is on when OIDC_ISSUER is set; the
# password form stays unless HUB_PASSWORD_LOGIN is off.
AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses sign-ins while an account or an address is locked out.
    "axes.backends.AxesStandaloneBackend",
    "hub.accounts.passwords.PasswordBackend",
    "hub.accounts.oidc.backend.CompanySignInBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
# Where a page's or a document's view restriction sends someone it turns away: the
# hub's "no access" page for the signed-in (hub.accounts.views.restricted), not Wagtail's
# bare sign-in form.
WAGTAIL_FRONTEND_LOGIN_URL = "page_restricted"

# Password sign-in. Off: only the accounts named in HUB_BREAK_GLASS_ACCOUNTS may still
# use a password (an administrator, for when the identity provider is down).
HUB_PASSWORD_LOGIN = env.bool("HUB_PASSWORD_LOGIN", default=True)
HUB_BREAK_GLASS_ACCOUNTS = env.list("HUB_BREAK_GLASS_ACCOUNTS", default=[])

# Throttling (hub/accounts/throttling.py): an account from one address, and an address
# across accounts, each locked for the cool-off after too many wrong passwords.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
HUB_ADDRESS_FAILURE_LIMIT = env.int("HUB_ADDRESS_FAILURE_LIMIT", default=20)
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_HANDLER = "hub.accounts.throttling.ThrottleHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_LOCKOUT_CALLABLE = "hub.accounts.throttling.locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "hub.accounts.throttling.client_address"
# How many proxies (load balancer, ingress) stand between the browser and the app
# server, each adding to X-Forwarded-For. 0: the connecting address is the client's.
HUB_TRUSTED_PROXIES = env.int("HUB_TRUSTED_PROXIES", default=0)

# Company sign-in with OpenID Connect (mozilla-django-oidc, hub/accounts/oidc/). The
# provider's endpoints and keys come from OIDC_ISSUER + /.well-known/openid-configuration.
OIDC_ISSUER = env.str("OIDC_ISSUER", default="").rstrip("/")
OIDC_RP_CLIENT_ID = env.str("OIDC_CLIENT_ID", default="")
OIDC_RP_CLIENT_SECRET = env.str("OIDC_CLIENT_SECRET", default="")
OIDC_RP_SCOPES = env.str("OIDC_SCOPES", default="openid email profile")
OIDC_RP_SIGN_ALGO = env.str("OIDC_SIGN_ALGO", default="RS256")
OIDC_USE_PKCE = True
OIDC_USE_NONCE = True
OIDC_TIMEOUT = env.int("OIDC_TIMEOUT", default=10)
OIDC_AUTHENTICATE_CLASS = "hub.accounts.oidc.views.StartSignIn"
OIDC_CALLBACK_CLASS = "hub.accounts.oidc.views.FinishSignIn"
# Which claim holds what (OIDC_CLAIM_<NAME>); the defaults suit Keycloak, and Entra ID
# with its optional claims (docs/sign-in.md).
OIDC_CLAIMS = {
    name: env.str(f"OIDC_CLAIM_{name.upper()}", default=default)
    for name, default in {
        "username": "preferred_username",
        "email": "email",
        "given_name": "given_name",
        "family_name": "family_name",
        "department": "department",
        "region": "region",
        "job_title": "job_title",
        "language": "locale",
        "groups": "groups",
    }.items()
}
# The provider's groups that give a hub role, "provider-group=Role,...". Roles named here
# follow the provider at every sign-in; roles not named are left as set in the admin.
OIDC_ROLE_MAP = env.dict("OIDC_ROLE_MAP", default={})

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -----------------------------------------------------------------------
LANGUAGE_CODE = DEFAULT_LANGUAGE
# Content in several languages: Wagtail's own translations (docs/languages.md). English
# pages keep their addresses; other languages are under /nl/, /de/, ...
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = content_languages(env.list("WAGTAIL_CONTENT_LANGUAGES", default=["en", "nl"]))
LANGUAGES = all_languages(WAGTAIL_CONTENT_LANGUAGES)
HUB_INTERFACE_LANGUAGES = INTERFACE_LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "hub_language"
LANGUAGE_COOKIE_AGE = 60 * 60 * 24 * 365
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Amsterdam")
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English"), ("nl", "Nederlands")]

# --- Static files and uploads ---------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Several app servers: uploads in S3-compatible object storage (hub/settings/storage.py).
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = object_storage(
        AWS_STORAGE_BUCKET_NAME,
        endpoint_url=env.str("AWS_S3_ENDPOINT_URL", default=""),
        region=env.str("AWS_S3_REGION_NAME", default=""),
    )

# Request bodies: 10 MB for uploads, 2.5 MB kept in memory, and a generous field count
# because Wagtail's page editor posts one field per StreamField value.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_PERMISSIONS = 0o640

# Only office documents, PDFs and plain data: no HTML, SVG or executables, which a
# browser could run in the hub's origin.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "txt", "csv"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # served through Django, so sign-in applies
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf", "text/plain"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

# --- Security headers -------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's live preview overrides this to SAMEORIGIN on its own views.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 12

# Pages with an embedded video may frame players from these hosts (and only those pages).
HUB_VIDEO_HOSTS = env.list(
    "HUB_VIDEO_HOSTS",
    default=["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
)
SELF = "'self'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": ["'none'"],
    },
}

# --- E-mail -------------------------------------------------------------------------------
if env.str("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
    EMAIL_PORT = env.int("EMAIL_PORT", default=25)
    EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
    EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
    EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
# Every e-mail is queued and delivered by a task through HUB_EMAIL_DELIVERY_BACKEND, tried
# again with back-off while the mail server is down (hub/ops/mail.py, docs/operations.md).
HUB_EMAIL_DELIVERY_BACKEND = vars().get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_BACKEND = "hub.ops.mail.QueuedEmailBackend"
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="learning-hub@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background tasks (django-tasks) ------------------------------------------------------
# "immediate" runs a task inside the request that queued it (one machine, no worker).
# "database" queues tasks in the database for `manage.py db_worker` to run.
TASKS_BACKEND = env.str("TASKS_BACKEND", default="immediate")
# /healthz/ready says "degraded" when a queued task waited longer than this for a worker.
HUB_TASK_BACKLOG_MINUTES = env.int("HUB_TASK_BACKLOG_MINUTES", default=15)
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[TASKS_BACKEND]
    }
}

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = _("Learning hub")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://localhost:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: nothing may load from outside the intranet.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Published courses and guidance are due for a check this many months later.
HUB_REVIEW_PERIOD_MONTHS = env.int("HUB_REVIEW_PERIOD_MONTHS", default=12)
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["bold", "italic", "link", "ol", "ul", "h3"]},
    }
}

# On PostgreSQL with the database backend, rank searches on Wagtail's index table (one
# query) rather than per kind of result; the same results in the same order, checked by
# tests/search/test_ranking_contract.py. Off: Wagtail's backend ranks (search/engine/).
HUB_SEARCH_INDEX_RANKING = env.bool("HUB_SEARCH_INDEX_RANKING", default=True)

# Search engine (hub/settings/search.py): SEARCH_BACKEND=database|elasticsearch|opensearch
# with SEARCH_URL. ELASTICSEARCH_URL and ELASTICSEARCH_INDEX, the earlier names, still work.
SEARCH_URL = env.str("SEARCH_URL", default="") or env.str("ELASTICSEARCH_URL", default="")
SEARCH_BACKEND = env.str("SEARCH_BACKEND", default="") or ("elasticsearch" if SEARCH_URL else "database")
WAGTAILSEARCH_BACKENDS = search_backends(
    SEARCH_BACKEND,
    SEARCH_URL,
    index=env.str("SEARCH_INDEX", default="") or env.str("ELASTICSEARCH_INDEX", default="learning-hub"),
    ca_certs=env.str("SEARCH_CA_CERTS", default=""),
    verify_certs=env.bool("SEARCH_VERIFY_CERTS", default=True),
    languages=[code for code, _name in WAGTAIL_CONTENT_LANGUAGES],
)

# --- Provisioning (SCIM 2.0 at /scim/v2/, django-scim2; docs/sign-in.md) ---------------
# The directory (Entra ID, Okta) calls with this bearer token; unset, every call gets 401.
SCIM_TOKEN = env.str("SCIM_TOKEN", default="")
SCIM_SERVICE_PROVIDER = {
    "NETLOC": urlparse(WAGTAILADMIN_BASE_URL).netloc,
    "AUTHENTICATION_SCHEMES": [
        {
            "type": "oauthbearertoken",
            "name": "Bearer token",
            "description": "The hub's SCIM_TOKEN, as an Authorization: Bearer header.",
            "primary": True,
        }
    ],
    "USER_ADAPTER": "hub.accounts.scim.adapters.PersonAdapter",
    "USER_FILTER_PARSER": "hub.accounts.scim.filters.PersonFilter",
    "GROUP_MODEL": "hub.accounts.models.DirectoryGroup",
    "GROUP_ADAPTER": "hub.accounts.scim.adapters.DirectoryGroupAdapter",
    "GROUP_FILTER_PARSER": "hub.accounts.scim.filters.DirectoryGroupFilter",
    "BASE_LOCATION_GETTER": "hub.accounts.scim.auth.base_location",
    "AUTH_CHECK_MIDDLEWARE": "hub.accounts.scim.auth.BearerToken",
    "WWW_AUTHENTICATE_HEADER": 'Bearer realm="scim"',
}

# --- Logging -----------------------------------------------------------------------------------
# One line per request (hub.ops.requestlog) and a request id on every line. LOG_FORMAT=json
# writes each line as a JSON object, for a log collector.
LOG_FORMAT = env.str("LOG_FORMAT", default="text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "hub.ops.requestlog.RequestIdFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Task and publishing chatter is noise in a terminal; warnings still show.
        "axes": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # The request lines: on in production, where they feed the log collector.
        "hub.request": {"level": env.str("REQUEST_LOG_LEVEL", default="INFO")},
    },
}
