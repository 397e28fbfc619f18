from django.core.management.base import BaseCommand

from hub.ops.models import Mail
from hub.ops.tasks import deliver_due_mail


class Command(BaseCommand):
    help = (
        "Try again every queued e-mail that is due (the mail server was down), and forget sent "
        "e-mail older than --keep-days. Schedule it every few minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--keep-days", type=int, default=30, help="Days to keep sent e-mail (default 30)."
        )

    def handle(self, *args, keep_days=30, **options):
        sent = deliver_due_mail()
        forgotten = Mail.forget_sent(days=keep_days)
        waiting = Mail.objects.filter(status=Mail.Status.QUEUED).count()
        failed = Mail.objects.filter(status=Mail.Status.FAILED).count()
        self.stdout.write(f"Sent {sent}; still queued {waiting}; failed {failed}; forgotten {forgotten}.")
