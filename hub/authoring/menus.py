"""Admin shortcuts that open the editor for a new page in a section ("New course from
template", "New guidance page"), for whoever may add pages there."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.menu import MenuItem


def section_for_new_page(index_model, user, locale=None):
    """The section page of ``index_model`` (the first, or the one in ``locale``), if
    ``user`` may add pages to it; else a 403. The shortcut views check this on the
    server, whatever the menu shows."""
    sections = index_model.objects.order_by("path")
    index = (sections.filter(locale=locale) if locale is not None else sections).first()
    if index is None or not index.permissions_for_user(user).can_add_subpage():
        raise PermissionDenied
    return index


class NewPageMenuItem(MenuItem):
    """A menu item shown to whoever may add a page to the section of ``index_model``."""

    def __init__(self, label, url, index_model, **kwargs):
        super().__init__(label, url, **kwargs)
        self.index_model = index_model

    def is_shown(self, request):
        try:
            section_for_new_page(self.index_model, request.user)
        except PermissionDenied:
            return False
        return True
