"""Ask the learning team: a Wagtail form page that e-mails the team and keeps each
question in the admin (Forms), with a per-person limit per hour."""

import datetime

from django import forms
from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, AbstractFormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from hub.blocks import LIMITED_RICH_TEXT
from hub.navigation.models import HubSettings

MULTILINE_MAX_LENGTH = 4000
DEFAULT_ASKS_PER_HOUR = 5


def asks_per_hour():
    return getattr(settings, "HUB_ASKS_PER_HOUR", DEFAULT_ASKS_PER_HOUR)


class AskFormBuilder(FormBuilder):
    def create_multiline_field(self, field, options):
        # Wagtail sets no limit on text areas; a question fits in a few thousand characters.
        options["max_length"] = MULTILINE_MAX_LENGTH
        return super().create_multiline_field(field, options)


class AskFormField(AbstractFormField):
    page = ParentalKey("guidance.AskFormPage", on_delete=models.CASCADE, related_name="form_fields")


class AskSubmission(AbstractFormSubmission):
    """A question as submitted, with who asked it so the team can answer."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("question to the learning team")
        verbose_name_plural = _("questions to the learning team")
        indexes = [models.Index(fields=["user", "submit_time"])]

    def get_data(self):
        user = self.user
        asked_by = (user.get_full_name() or user.get_username()) if user else gettext("Former colleague")
        return {**super().get_data(), "asked_by": asked_by}


class AskFormPage(AbstractEmailForm):
    """/guidance/ask/. Without its own "to address" it writes to the learning team's
    e-mail address from the hub settings."""

    intro = RichTextField(_("introduction"), features=LIMITED_RICH_TEXT, blank=True)
    thank_you_text = RichTextField(_("thank-you text"), features=LIMITED_RICH_TEXT, blank=True)

    form_builder = AskFormBuilder

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]

    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    follows_reader_language = True

    class Meta:
        verbose_name = _("ask-the-learning-team form")
        verbose_name_plural = _("ask-the-learning-team forms")

    # -- who receives it ---------------------------------------------------------------------
    def recipients(self):
        addresses = self.to_address or HubSettings.for_site(self.get_site()).learning_team_email
        return [address.strip() for address in addresses.split(",") if address.strip()]

    # -- submissions -----------------------------------------------------------------------------
    def get_submission_class(self):
        return AskSubmission

    def get_submissions(self):
        # The admin listing shows who asked on every row: one query, not one per row.
        return super().get_submissions().select_related("user")

    def get_data_fields(self):
        return [("asked_by", gettext("Asked by")), *super().get_data_fields()]

    def asked_recently(self, user, now=None):
        since = (now or timezone.now()) - datetime.timedelta(hours=1)
        return AskSubmission.objects.filter(user=user, submit_time__gte=since).count()

    def may_ask(self, user):
        return self.asked_recently(user) < asks_per_hour()

    def process_form_submission(self, form):
        submission = AskSubmission.objects.create(form_data=form.cleaned_data, page=self, user=form.user)
        if self.recipients():
            self.send_mail(form)
        return submission

    def send_mail(self, form):
        user = form.user
        who = f"{user.get_full_name() or user.get_username()} <{user.email}>" if user.email else str(user)
        body = f"{gettext('Asked by')}: {who}\n\n{self.render_email(form)}"
        send_mail(
            self.subject or gettext("A question for the learning team"),
            body,
            self.recipients(),
            self.from_address,
            reply_to=[user.email] if user.email else None,
        )

    # -- the form --------------------------------------------------------------------------------
    def prefill(self, query):
        """Initial values from the query string (the wizard sends the answers chosen),
        cut to what each field accepts."""
        initial = {}
        for field in self.get_form_fields():
            value = query.get(field.clean_name)
            if value:
                limit = MULTILINE_MAX_LENGTH if field.field_type == "multiline" else 255
                initial[field.clean_name] = value[:limit]
        return initial

    def serve(self, request, *args, **kwargs):
        status = 200
        if request.method == "POST":
            form = self.get_form(request.POST, page=self, user=request.user)
            if not self.may_ask(request.user):
                # Checked before validating, so what they typed is shown again untouched.
                form.full_clean()
                form.add_error(
                    None,
                    forms.ValidationError(
                        gettext(
                            "You have sent %(count)s questions in the last hour. Please wait a "
                            "little before sending another; your text is kept below."
                        )
                        % {"count": asks_per_hour()}
                    ),
                )
                status = 429
            elif form.is_valid():
                return self.render_landing_page(request, self.process_form_submission(form), *args, **kwargs)
            else:
                status = 400
        else:
            form = self.get_form(page=self, user=request.user, initial=self.prefill(request.GET))
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)
