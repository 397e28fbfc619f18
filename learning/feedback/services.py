"""What a learner does with their feedback on a course: rate it (one rating each, which
they may change) and mark that it helped them. Flags ("outdated or wrong") are the
hub's, shared with guidance: ``hub.authoring.flags.flag_page``.

``course`` is a ``CoursePage``; this package never imports it, because the course page
imports this."""

from django.db import IntegrityError, transaction

from .models import CourseRating, HelpfulMark


def own_rating(course, user):
    """The learner's rating of ``course`` in any of its languages, or ``None``."""
    return CourseRating.objects.filter(course_key=course.translation_key, user=user).first()


def save_rating(course, user, stars, comment):
    """Make or change the learner's one rating of ``course`` (in any language)."""
    rating = own_rating(course, user) or CourseRating(course=course, user=user)
    rating.stars, rating.comment = stars, comment
    try:
        with transaction.atomic():
            rating.save()
    except IntegrityError:
        # Sent twice at once from two tabs: the other one saved it; update that.
        CourseRating.objects.filter(course_key=course.translation_key, user=user).update(
            stars=stars, comment=comment
        )


def mark_helped(course, user, helped):
    """Mark (``helped``) or unmark that ``course`` helped the learner; one mark each."""
    if helped:
        HelpfulMark.objects.get_or_create(
            course_key=course.translation_key, user=user, defaults={"course": course}
        )
    else:
        HelpfulMark.objects.filter(course_key=course.translation_key, user=user).delete()
