from django.core.management.base import BaseCommand

from hub.authoring.review import send_review_reminders
from hub.authoring.tasks import send_review_reminders_task


class Command(BaseCommand):
    help = "Tell owners (or co-authors, the last publisher, moderators) about reviews due soon or overdue."

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="Queue it as a background task instead.")

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            result = send_review_reminders_task.enqueue()
            self.stdout.write(f"Queued task {result.id}.")
            return
        sent = send_review_reminders()
        self.stdout.write(f"Review reminders sent: {sent}.")
