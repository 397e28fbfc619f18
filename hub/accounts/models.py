"""What the hub knows about a person beyond their account."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserDetails(models.Model):
    """What the hub knows about a person beyond their account: their department, for
    L&D's reports, and their own choice of e-mails. Filled by administrators or an
    HR/SSO sync; learners never see each other's. Many people have no row: defaults
    apply then."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="details")
    department = models.CharField(_("department"), max_length=100, blank=True)
    weekly_digest = models.BooleanField(
        _("weekly digest"),
        default=True,
        help_text=_(
            "Experts and L&D moderators get a weekly e-mail with what waits for them and "
            "what their work achieved. Untick to stop it."
        ),
    )

    class Meta:
        verbose_name = _("person's details")
        verbose_name_plural = _("people's details")

    def __str__(self):
        return f"{self.user}: {self.department}"
