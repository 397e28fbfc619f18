"""Forms of the learning requests pages. Limits come from the model, so the database,
the form and the browser's ``maxlength`` all agree."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from hub.authoring.models import authored_page_models

from .models import CLAIM_PERMISSION, COMMENT_MAX, REASON_MAX, LearningRequest


class LearningRequestForm(forms.ModelForm):
    class Meta:
        model = LearningRequest
        fields = ["title", "description", "audience", "urgency", "search_query"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "urgency": forms.RadioSelect,
            # Carried over from a search that found nothing, not typed by anyone.
            "search_query": forms.HiddenInput,
        }

    def clean_search_query(self):
        return normalise_query_string(self.cleaned_data.get("search_query", ""))[:255]


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


def experts_who_may_claim():
    return (
        get_user_model()
        .objects.with_perm(
            CLAIM_PERMISSION, is_active=True, backend="django.contrib.auth.backends.ModelBackend"
        )
        .order_by("first_name", "last_name", "username")
    )


def person_label(user):
    return user.get_full_name() or user.get_username()


class AssignForm(forms.Form):
    expert = forms.ModelChoiceField(
        label=_("Expert"),
        queryset=None,
        empty_label=_("Choose an expert"),
        error_messages={"invalid_choice": _("Choose one of the experts in the list.")},
    )

    def __init__(self, *args, suggestions=(), **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["expert"]
        field.queryset = experts_who_may_claim()
        everyone = [(user.pk, person_label(user)) for user in field.queryset]
        may_claim = {pk for pk, _label in everyone}
        suggested = [
            (match.user.pk, f"{match.name} ({', '.join(match.topics)})")
            for match in suggestions
            if match.user is not None and match.user.pk in may_claim
        ]
        # Suggested experts first, then everyone else who may take on requests.
        choices = [("", field.empty_label)]
        if suggested:
            choices.append((_("Suggested: their expertise matches"), suggested))
        choices.append((_("Everyone who can take on requests"), everyone))
        field.choices = choices
