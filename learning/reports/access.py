VIEW_REPORTS = "learning.view_learning_reports"


def can_view_reports(user):
    """L&D moderators and administrators see the learning reports and figures (the
    permission is granted to their groups by a data migration)."""
    return user.is_authenticated and user.is_active and user.has_perm(VIEW_REPORTS)
