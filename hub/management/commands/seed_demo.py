import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils.translation import gettext as _

from hub.content.models import InfoPage
from hub.demo.bulk import generate_pages
from hub.demo.pages import get_or_create_child
from hub.demo.seeders import demo_seeders
from hub.demo.users import DEMO_USERS, ensure_demo_users
from hub.home.models import HomePage


class Command(BaseCommand):
    help = "Load demo users and content; safe to run again. --pages N adds generated pages."

    def add_arguments(self, parser):
        parser.add_argument("--password", help="Password for the demo users (default: generated).")
        parser.add_argument("--pages", type=int, default=0, help="Make sure N generated pages exist.")
        parser.add_argument("--force", action="store_true", help="Run even with DEBUG=False.")

    def handle(self, *args, password=None, pages=0, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with known passwords; with DEBUG=False add --force."
            )
        if pages < 0:
            raise CommandError("--pages must be 0 or more.")

        home = HomePage.objects.first()
        if home is None:
            raise CommandError("No home page: run `manage.py migrate` first.")

        # Demo content must never e-mail anyone (workflow and review notifications).
        with (
            transaction.atomic(),
            override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
        ):
            created_users, password_set = ensure_demo_users(password)
            created = sum(seeder.seed(home) for seeder in demo_seeders())

        self.report_users(created_users, password_set)
        self.stdout.write(f"Demo content: {created} new object(s).")

        if pages:
            parent, _created = get_or_create_child(home, InfoPage, "generated", title="Generated pages")
            added = generate_pages(parent, pages, progress=self.progress)
            self.stdout.write(f"Generated pages: {added} added, {pages} in total.")

    def report_users(self, created_users, password_set):
        names = ", ".join(user.username for user in DEMO_USERS)
        if password_set:
            self.stdout.write(
                self.style.SUCCESS(f"Demo users ({names}) can sign in with password: {password_set}")
            )
        else:
            self.stdout.write(
                f"Demo users ({names}) exist already; passwords unchanged (use --password to set one)."
            )

    def progress(self, done, total):
        width = 30
        filled = int(width * done / total)
        bar = "#" * filled + "." * (width - filled)
        sys.stderr.write(f"\r{_('Generating pages')} [{bar}] {done}/{total}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
