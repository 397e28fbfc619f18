from hub.roles import ADMINISTRATOR, MODERATOR


def can_view_reports(user):
    """L&D moderators and administrators see the learning reports and figures."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.groups.filter(name__in=[MODERATOR, ADMINISTRATOR]).exists()
