"""What the hub knows about a person beyond their account."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserDetails(models.Model):
    """What the hub knows about a person beyond their account: where they work, for
    L&D's reports, and their own choice of e-mails. Filled from the company's identity
    provider at every sign-in (hub/accounts/directory.py) or by administrators; learners
    never see each other's. Many people have no row: defaults apply then."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="details")
    department = models.CharField(_("department"), max_length=100, blank=True)
    region = models.CharField(_("region"), max_length=100, blank=True)
    job_title = models.CharField(_("job title"), max_length=120, blank=True)
    language = models.CharField(_("preferred language"), max_length=8, choices=settings.LANGUAGES, blank=True)
    # The identity provider's own id for this person ("sub"): e-mail addresses and names
    # change, this does not.
    identity_subject = models.CharField(
        _("identity provider id"), max_length=255, unique=True, null=True, blank=True, editable=False
    )
    # What provisioning (SCIM) knows: the directory's id for the person ("externalId"),
    # and when the directory deleted them. The account stays, closed, so their content
    # keeps its credits; provisioning no longer sees it.
    directory_id = models.CharField(_("directory id"), max_length=255, blank=True, editable=False)
    removed_from_directory = models.DateTimeField(
        _("removed from the directory"), null=True, blank=True, editable=False
    )
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


class DirectoryGroup(models.Model):
    """A group in the company's directory, pushed by provisioning (SCIM). Not a hub role:
    ``OIDC_ROLE_MAP`` says which groups give which role."""

    display_name = models.CharField(_("name"), max_length=255)
    directory_id = models.CharField(_("directory id"), max_length=255, blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="directory_groups", blank=True, verbose_name=_("members")
    )

    class Meta:
        verbose_name = _("directory group")
        verbose_name_plural = _("directory groups")
        ordering = ["display_name", "pk"]

    def __str__(self):
        return self.display_name
