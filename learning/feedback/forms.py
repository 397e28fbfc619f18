"""What a learner sends about a course: a rating with a comment, and an "outdated or
wrong" flag."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hub.authoring.models import ContentFlag

from .models import COMMENT_MAX_LENGTH, CourseRating

STARS = [(n, str(n)) for n in range(1, 6)]


class RatingForm(forms.ModelForm):
    stars = forms.TypedChoiceField(
        label=_("Your rating (1 to 5 stars)"),
        choices=STARS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose from 1 to 5 stars."),
            "invalid_choice": _("Choose from 1 to 5 stars."),
        },
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What was useful, what was missing? Other learners see your name with it."),
    )

    class Meta:
        model = CourseRating
        fields = ["stars", "comment"]


class FlagForm(forms.ModelForm):
    reason = forms.CharField(
        label=_("What is outdated or wrong?"),
        max_length=ContentFlag._meta.get_field("reason").max_length,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The author and L&D see this, with your name."),
    )

    class Meta:
        model = ContentFlag
        fields = ["reason"]
