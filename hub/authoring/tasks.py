from django_tasks import task

from .review import send_review_reminders


@task()
def send_review_reminders_task():
    """Daily: run from a scheduler with `manage.py send_review_reminders`, or enqueue."""
    return send_review_reminders()
