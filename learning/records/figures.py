"""Figures of one learner's record: the learning time on /my-learning/."""

from django.db.models import Count, Sum

from .models import ActiveTime, Enrolment


def learning_time(user, since):
    """Completions, credited estimated minutes and measured active minutes since ``since``."""
    completed = Enrolment.objects.filter(user=user, completed_at__date__gte=since).aggregate(
        count=Count("pk"), minutes=Sum("credited_minutes")
    )
    seconds = ActiveTime.objects.filter(enrolment__user=user, day__gte=since).aggregate(total=Sum("seconds"))[
        "total"
    ]
    return {
        "completions": completed["count"],
        "estimated_minutes": completed["minutes"] or 0,
        "active_minutes": round((seconds or 0) / 60),
    }
