"""Where people's profiles are and who knows about a topic: answered by the people app
through single-provider hooks (``hub.hooks.PROFILE_LINKS``, ``hub.hooks.EXPERT_FINDER``),
so courses, guidance and the L&D queue can name and link experts without importing it.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail.users.models import UserProfile

from hub import hooks


@dataclass(frozen=True)
class ExpertMatch:
    """An expert who knows some of the topics asked about."""

    user: object
    name: str
    url: str = ""
    topics: tuple = ()  # the matching topic names, as the expert spelled them


def profile_urls(users):
    """``{user_pk: profile URL}`` for those of ``users`` with a listed profile; ``{}``
    when no app provides profiles."""
    users = [user for user in users if user is not None]
    provide = hooks.provider(hooks.PROFILE_LINKS)
    if provide is None or not users:
        return {}
    return provide(users)


def find_experts(topic_names):
    """Every listed expert whose expertise matches any of ``topic_names``."""
    names = {name for name in topic_names if name}
    provide = hooks.provider(hooks.EXPERT_FINDER)
    if provide is None or not names:
        return []
    return provide(sorted(names))


def suggest_experts(topics_by_key, limit=3):
    """``{key: topic names}`` -> ``{key: [ExpertMatch]}``, best match first (most
    topics in common, then name): one provider call for all of them."""
    wanted = {name.casefold() for names in topics_by_key.values() for name in names}
    experts = find_experts(wanted)
    suggestions = {}
    for key, names in topics_by_key.items():
        asked = {name.casefold() for name in names}
        ranked = []
        for expert in experts:
            common = tuple(topic for topic in expert.topics if topic.casefold() in asked)
            if common:
                ranked.append(ExpertMatch(expert.user, expert.name, expert.url, common))
        ranked.sort(key=lambda match: (-len(match.topics), match.name.casefold()))
        suggestions[key] = ranked[:limit]
    return suggestions


def credit_lines(users):
    """``[{"name", "url", "photo"}]`` for ``users`` in order (owner first): the profile
    URL where one is listed and the photo people upload in their admin account settings,
    in two queries. People whose account is closed stay credited, as a former colleague."""
    urls = profile_urls(users)
    photos = {
        profile.user_id: profile.avatar.url
        for profile in UserProfile.objects.filter(user__in=[u for u in users if u is not None]).exclude(
            avatar=""
        )
    }
    lines = []
    for user in users:
        if user is None or not user.is_active:
            lines.append({"name": _("Former colleague"), "url": None, "photo": None})
        else:
            name = user.get_full_name() or user.get_username()
            lines.append({"name": name, "url": urls.get(user.pk), "photo": photos.get(user.pk)})
    return lines
