from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models.signals import post_save
from django.dispatch import receiver

from .roles import EMPLOYEE


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="hub_new_user_is_employee")
def new_user_joins_employees(sender, instance, created, raw=False, **kwargs):
    """Every account is an employee first; other roles are added on top."""
    if created and not raw:
        group, _ = Group.objects.get_or_create(name=EMPLOYEE)
        instance.groups.add(group)
