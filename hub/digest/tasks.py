import datetime

from django_tasks import task

from .weekly import send_weekly_digest


@task()
def send_weekly_digest_task(week=None):
    """Weekly: run from a scheduler with `manage.py send_weekly_digest`, or enqueue.
    ``week`` is any day of the week to report on as "YYYY-MM-DD" (task arguments must
    be JSON); default the last full week. Returns how many digests were sent."""
    run = send_weekly_digest(week=datetime.date.fromisoformat(week) if week else None)
    return len(run.sent)
