"""The weekly digest opt-out in the admin's account settings ("Notifications" tab).

Experts and moderators, who get the digest, are the people who use the admin. Most
people have no ``UserDetails`` row: the form then works on an unsaved one, which the
account view saves with the other panels.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab

from hub.accounts.models import UserDetails
from hub.accounts.permissions import MODERATE_CONTENT, SHARE_EXPERTISE, holds


class WeeklyDigestForm(forms.ModelForm):
    class Meta:
        model = UserDetails
        fields = ["weekly_digest"]


class WeeklyDigestSettingsPanel(BaseSettingsPanel):
    name = "weekly_digest"
    title = _("Weekly digest")
    tab = notifications_tab
    order = 200
    form_class = WeeklyDigestForm

    def is_active(self):
        # The people who get the digest (hub/digest/weekly.py: recipients).
        return holds(self.user, SHARE_EXPERTISE, MODERATE_CONTENT)

    def get_form(self):
        # The account view asks for the form more than once per request; one instance.
        if not hasattr(self, "_form"):
            details = UserDetails.objects.filter(user=self.user).first() or UserDetails(user=self.user)
            data = (self.request.POST, self.request.FILES) if self.request.method == "POST" else ()
            self._form = self.form_class(*data, instance=details, prefix=self.name)
        return self._form
