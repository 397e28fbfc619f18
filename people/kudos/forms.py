from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .models import KUDOS_MAX_LENGTH


class KudosForm(forms.Form):
    message = forms.CharField(
        label=_("Your message"),
        max_length=KUDOS_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A sentence or two: what helped you?"),
    )
    page = forms.ModelChoiceField(
        label=_("For"), queryset=Page.objects.none(), required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only live pages without view restrictions: the title is shown on the profile,
        # so thanks never reveal a draft or a restricted page. Built per form, because
        # ``public()`` reads the restrictions when it is called.
        self.fields["page"].queryset = Page.objects.live().public()

    def thanked_page(self):
        """The page the thanks is for, when the form names one that may be shown;
        ``None`` (thanks in general) for none, or for an id that is not such a page."""
        value = self["page"].value()
        if not value:
            return None
        try:
            return self.fields["page"].clean(value)
        except ValidationError:
            return None
