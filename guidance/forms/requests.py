"""Forms of the learning requests pages. Limits come from the model, so the database,
the form and the browser's ``maxlength`` all agree."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from guidance.models import LearningRequest
from guidance.models.requests import COMMENT_MAX, REASON_MAX
from hub.review import authored_page_models


class LearningRequestForm(forms.ModelForm):
    class Meta:
        model = LearningRequest
        fields = ["title", "description", "audience", "urgency"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "urgency": forms.RadioSelect,
        }


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Add an example, a deadline or a colleague who knows the answer."),
    )


def answer_pages():
    """Pages that can answer a request: live, public courses and guidance pages (every
    concrete kind of authored content), found without importing their apps."""
    return Page.objects.live().public().type(*authored_page_models()).order_by("title", "pk")


class TriageForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=LearningRequest.Status.choices)
    answered_by = forms.ModelChoiceField(
        label=_("Answered by"),
        queryset=Page.objects.none(),
        required=False,
        empty_label=_("Choose a course or guidance page"),
        help_text=_("Needed when the request is done: the live page that answers it."),
    )
    reason = forms.CharField(
        label=_("Reason or note"),
        max_length=REASON_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed when you decline: the requester receives it by e-mail."),
    )

    def __init__(self, *args, learning_request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["answered_by"].queryset = answer_pages()
        if learning_request is not None and not self.is_bound:
            self.initial.setdefault("status", learning_request.status)
            self.initial.setdefault("answered_by", learning_request.answered_by_id)
