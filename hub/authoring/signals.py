from django.dispatch import receiver
from wagtail.signals import page_published

from .flags import page_flagged
from .models import AuthoredPage, ContentFlag, TranslationBehind
from .notifications import notify_flag


@receiver(page_published, dispatch_uid="hub_publishing_closes_flags")
def publishing_closes_flags(sender, instance, revision=None, **kwargs):
    """A new version answers readers' "outdated or wrong" flags on the old one."""
    if isinstance(instance, AuthoredPage):
        ContentFlag.objects.filter(page_id=instance.pk).resolve(
            revision.user if revision is not None else None
        )


@receiver(page_published, dispatch_uid="hub_publishing_moves_translations")
def publishing_moves_translations(sender, instance, **kwargs):
    """A translation published again has caught up; an original published again may
    have left its translations behind."""
    if isinstance(instance, AuthoredPage):
        TranslationBehind.objects.filter(page_id=instance.pk).delete()
        if instance.is_original():
            TranslationBehind.objects.mark(instance)


@receiver(page_flagged, dispatch_uid="hub_flag_tells_authors")
def flag_tells_authors(sender, page, flag, **kwargs):
    notify_flag(page, flag)
