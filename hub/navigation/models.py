"""The hub's site settings: how to reach the learning team and where the accessibility
statement is, shown in the footer and on the contact page. Hub-wide rights that belong
to no single model are declared on it too."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class HubSettings(BaseSiteSetting):
    company_name = models.CharField(
        _("company name"),
        max_length=120,
        blank=True,
        help_text=_('Shown on the sign-in page as "Sign in with <company name>".'),
    )
    learning_team_name = models.CharField(
        _("learning team name"), max_length=120, default=_("Learning & Development")
    )
    learning_team_email = models.EmailField(_("learning team e-mail"), blank=True)
    learning_team_chat_url = models.URLField(
        _("learning team chat link"), blank=True, help_text=_("Optional, e.g. a Teams channel.")
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("company_name"),
        MultiFieldPanel(
            [
                FieldPanel("learning_team_name"),
                FieldPanel("learning_team_email"),
                FieldPanel("learning_team_chat_url"),
            ],
            heading=_("Learning team contact"),
        ),
        PageChooserPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("hub settings")
        verbose_name_plural = _("hub settings")
        # Hub-wide rights that belong to no single model live here.
        permissions = [
            ("assign_content_owner", _("Can change who owns a course or guidance page")),
            ("view_insights", _("Can see the L&D insights")),
            # The roles, as rights (hub/accounts/permissions.py): access never depends on
            # what a group is called.
            (
                "moderate_content",
                _("Can moderate: the whole L&D queue, and what nobody else can answer for"),
            ),
            ("share_expertise", _("Can share expertise: an expert profile and an expert's weekly digest")),
        ]
