import re

from django import forms
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext_lazy as _
from taggit.forms import TagField
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField

from hub.content.choices import REGION_CHOICES

from .choices import BIO_MAX_LENGTH, SPOKEN_LANGUAGE_CHOICES, http_url

MAX_EXPERTISE = 12
TAG_MAX_LENGTH = 100


def text_to_rich_text(text):
    """Plain paragraphs (blank-line separated) as the rich text the field stores."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join(f"<p>{escape(p).replace(chr(10), '<br/>')}</p>" for p in paragraphs)


def rich_text_to_text(html):
    paragraphs = re.split(r"</p>\s*<p[^>]*>", html or "")
    return "\n\n".join(strip_tags(p.replace("<br/>", "\n")).strip() for p in paragraphs).strip()


class ProfileForm(forms.Form):
    """The expert's own profile. There is deliberately no field for the account or the
    page: /experts/me/ always edits the signed-in person's profile, so a crafted POST
    cannot point it at someone else's."""

    title = forms.CharField(label=_("Name"), max_length=255)
    job_title = forms.CharField(label=_("Job title"), max_length=120)
    department = forms.CharField(label=_("Department"), max_length=120, required=False)
    region = forms.ChoiceField(label=_("Region"), choices=REGION_CHOICES)
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"),
        choices=SPOKEN_LANGUAGE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    bio = forms.CharField(
        label=_("Short bio"),
        max_length=BIO_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Up to 1000 characters. Leave a blank line between paragraphs."),
    )
    expertise = TagField(
        label=_("Expertise"),
        required=False,
        help_text=_("Separate with commas, e.g. Excel, onboarding, warehouse safety."),
    )
    ask_me_about = forms.CharField(label=_("Ask me about"), max_length=300, required=False)
    photo = WagtailImageField(label=_("Photo"), required=False)
    photo_alt_text = forms.CharField(
        label=_("Photo description"),
        max_length=200,
        required=False,
        help_text=_("For people who cannot see the photo, e.g. “Sanne smiling in front of a whiteboard”."),
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)
    show_email = forms.BooleanField(label=_("Show my e-mail address on my profile"), required=False)
    chat_url = forms.URLField(
        label=_("Chat link"),
        required=False,
        validators=[http_url],
        assume_scheme="https",
        help_text=_("Optional, e.g. a link that opens a chat with you."),
    )

    def __init__(self, *args, profile=None, **kwargs):
        self.profile = profile
        super().__init__(*args, **kwargs)
        self.fields["expertise"].widget.attrs["autocomplete"] = "off"

    @classmethod
    def initial_for(cls, profile, user):
        if profile is None:
            # The first visit: pre-filled from the account.
            return {"title": user.get_full_name() or user.get_username(), "region": "global"}
        return {
            "title": profile.title,
            "job_title": profile.job_title,
            "department": profile.department,
            "region": profile.region,
            "languages": [language.code for language in profile.spoken_languages.all()],
            "bio": rich_text_to_text(profile.bio),
            "expertise": ", ".join(tag.name for tag in profile.expertise.all()),
            "ask_me_about": profile.ask_me_about,
            "photo_alt_text": profile.photo_alt_text,
            "show_email": profile.show_email,
            "chat_url": profile.chat_url,
        }

    def clean_expertise(self):
        tags = self.cleaned_data["expertise"]
        if len(tags) > MAX_EXPERTISE:
            raise forms.ValidationError(
                _("Choose at most %(count)s areas of expertise.") % {"count": MAX_EXPERTISE}
            )
        if any(len(tag) > TAG_MAX_LENGTH for tag in tags):
            raise forms.ValidationError(_("Keep each area of expertise under 100 characters."))
        return tags

    def clean(self):
        cleaned = super().clean()
        keeps_photo = self.profile is not None and self.profile.photo_id and not cleaned.get("remove_photo")
        has_photo = cleaned.get("photo") or keeps_photo
        if has_photo and not (cleaned.get("photo_alt_text") or "").strip():
            self.add_error("photo_alt_text", _("Describe the photo for people who cannot see it."))
        return cleaned

    def apply_to(self, profile, user):
        """Copy the cleaned values onto ``profile`` (not saved: people/profiles/editing.py
        saves a revision)."""
        data = self.cleaned_data
        for name in ["title", "job_title", "department", "region", "ask_me_about", "show_email", "chat_url"]:
            setattr(profile, name, data[name])
        profile.draft_title = profile.title
        profile.bio = text_to_rich_text(data["bio"])
        profile.photo_alt_text = data["photo_alt_text"].strip()
        profile.expertise.set(data["expertise"])
        profile.set_languages(data["languages"])
        if data["remove_photo"]:
            profile.photo = None
        if data.get("photo"):
            profile.photo = get_image_model().objects.create(
                title=profile.title,
                file=data["photo"],
                description=profile.photo_alt_text,
                uploaded_by_user=user,
            )
        return profile
