import argparse
import datetime

from django.core.management.base import BaseCommand, CommandError

from hub.digest.tasks import send_weekly_digest_task
from hub.digest.weekly import send_weekly_digest


def a_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"needs a date as YYYY-MM-DD, not {value!r}") from error


class Command(BaseCommand):
    help = (
        "E-mail experts and L&D moderators their weekly digest (the L&D queue, their own items, "
        "the week's learners reached and thanks). Each person gets each week's digest once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--week",
            type=a_date,
            help="Any day of the week to report on (YYYY-MM-DD); default: the last full week.",
        )
        parser.add_argument("--dry-run", action="store_true", help="List who would get what; send nothing.")
        parser.add_argument("--enqueue", action="store_true", help="Queue it as a background task instead.")

    def handle(self, *args, week=None, dry_run=False, enqueue=False, **options):
        if enqueue:
            result = send_weekly_digest_task.enqueue(week=week.isoformat() if week else None)
            self.stdout.write(f"Queued task {result.id}.")
            return
        run = send_weekly_digest(week=week, dry_run=dry_run)
        if dry_run:
            self.stdout.write(f"Week of {run.week}: {len(run.planned)} digests would be sent.")
            for digest in run.planned:
                self.stdout.write(f"  {digest.summary()}")
            return
        self.stdout.write(f"Week of {run.week}: weekly digests sent: {len(run.sent)}.")
        if run.failed:
            addresses = ", ".join(user.email for user in run.failed)
            raise CommandError(
                f"Could not send {len(run.failed)} digests ({addresses}); run again to retry them."
            )
