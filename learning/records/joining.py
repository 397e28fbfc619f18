"""When two courses become one (a page linked as another's translation), their
learners' records become one too: each learner keeps one enrolment, one rating and one
"this helped me" mark for the course (docs/languages.md)."""

from django.db import transaction

from ..feedback.models import CourseRating, HelpfulMark
from .models import Enrolment


@transaction.atomic
def join_course_records(old_key, new_key):
    """Move the records of the course ``old_key`` to the course ``new_key``."""
    for joining in Enrolment.objects.filter(course_key=old_key):
        staying = Enrolment.objects.filter(user_id=joining.user_id, course_key=new_key).first()
        if staying is None:
            continue
        staying.take_over(joining)
    Enrolment.objects.filter(course_key=old_key).update(course_key=new_key)
    # A learner who rated both keeps their latest rating; a mark is a mark.
    for rating in CourseRating.objects.filter(course_key=old_key):
        other = CourseRating.objects.filter(user_id=rating.user_id, course_key=new_key).first()
        if other is not None:
            (rating if other.updated_at >= rating.updated_at else other).delete()
    CourseRating.objects.filter(course_key=old_key).update(course_key=new_key)
    HelpfulMark.objects.filter(
        course_key=old_key, user_id__in=HelpfulMark.objects.filter(course_key=new_key).values("user_id")
    ).delete()
    HelpfulMark.objects.filter(course_key=old_key).update(course_key=new_key)
