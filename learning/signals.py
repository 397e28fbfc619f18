from django.dispatch import receiver

from hub.authoring.translation import translations_linked

from .records.joining import join_course_records


@receiver(translations_linked, dispatch_uid="learning_linked_courses_share_records")
def linked_courses_share_records(sender, old_key, new_key, **kwargs):
    join_course_records(old_key, new_key)
