"""The course page reports the time it was in front of the learner (static/js/learning.js)."""

from django import forms


class TimePingForm(forms.Form):
    # Bounded like the page id it names: a larger number would overflow the lookup.
    course = forms.IntegerField(min_value=1, max_value=2**31 - 1)
    section = forms.CharField(max_length=64)
    seconds = forms.IntegerField(min_value=0, max_value=3600)
