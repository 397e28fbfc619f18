"""What the hub shows of people without knowing this app (registered in
people/wagtail_hooks.py): the directory in the navigation, the spotlight on the home
page, "My profile" in the header, profile links and experts for a topic."""

from django.db.models.functions import Lower
from django.utils import timezone

from hub.accounts.permissions import shares_expertise
from hub.content.languages import reader_version
from hub.contributions.experts import ExpertMatch
from hub.contributions.sources import figures_for

from .profiles.cards import cards
from .profiles.models import ExpertIndexPage, ExpertProfilePage, ExpertTopic, PeopleSettings

NEW_CONTRIBUTORS = 4


def expert_index(request):
    """The live directory, looked up once per request (navigation, home, header)."""
    if request is None:
        return reader_version(ExpertIndexPage.objects.live())
    if not hasattr(request, "_expert_index"):
        request._expert_index = reader_version(ExpertIndexPage.objects.live())
    return request._expert_index


def expert_index_url(request):
    index = expert_index(request)
    return index.get_url(request) if index else None


def start_of_month(now):
    local = timezone.localtime(now)
    return local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def home_experts(request):
    """The spotlight (a moderator's choice, else the most recent contributor) and the
    other people whose first contribution was this month. One ``figures_for`` call over every
    listed expert; the cards then take a fixed number of queries."""
    index = expert_index(request)
    setting = PeopleSettings.for_request(request) if request is not None else None
    rows = list(ExpertProfilePage.objects.listed().values_list("pk", "user_id"))
    figures = figures_for([user_id for _, user_id in rows])

    spotlight_pk = None
    chosen = setting.spotlight_id if setting else None
    if chosen and any(pk == chosen for pk, _ in rows):
        spotlight_pk = chosen
    else:
        contributed = [(figures[user_id].latest, pk) for pk, user_id in rows if figures[user_id].latest]
        spotlight_pk = max(contributed)[1] if contributed else None

    month = start_of_month(timezone.now())
    newcomers = sorted(
        (
            (figures[user_id].since, pk)
            for pk, user_id in rows
            # The spotlight is shown once, in its own place.
            if pk != spotlight_pk and figures[user_id].since and figures[user_id].since >= month
        ),
        reverse=True,
    )[:NEW_CONTRIBUTORS]
    wanted = ([spotlight_pk] if spotlight_pk else []) + [pk for _, pk in newcomers]
    shown = cards(ExpertProfilePage.objects.all(), list(dict.fromkeys(wanted)), figures)
    found = {profile.pk: profile for profile in shown}
    return {
        "spotlight": found.get(spotlight_pk),
        "spotlight_note": setting.spotlight_note if setting and spotlight_pk == chosen else "",
        "new_contributors": [found[pk] for _, pk in newcomers if pk in found],
        "index": index,
        "month": month,
    }


def profile_urls(users):
    """``hub.hooks.PROFILE_LINKS`` provider: listed profiles only, one query."""
    active_ids = [user.pk for user in users if user.is_active]
    profiles = ExpertProfilePage.objects.listed().filter(user_id__in=active_ids)
    return {profile.user_id: profile.url for profile in profiles}


def my_profile_url(request):
    """ "My profile" in the header: the profile if there is one, else the page that
    offers to create it (for people who may have one), else nothing."""
    user = request.user
    if not user.is_authenticated:
        return None
    if not hasattr(request, "_my_profile_url"):
        profile = ExpertProfilePage.objects.filter(user=user).first()
        index = expert_index(request)
        if profile is not None and profile.live:
            url = profile.url
        elif (profile is not None or shares_expertise(user)) and index is not None:
            url = index.my_profile_url
        else:
            url = None
        request._my_profile_url = url
    return request._my_profile_url


def experts_for_topics(topic_names):
    """``hub.hooks.EXPERT_FINDER`` provider: listed experts whose expertise matches
    any of ``topic_names`` (case-insensitively), with the topics that matched. Two
    queries however many experts and topics."""
    wanted = {name.casefold() for name in topic_names}
    rows = (
        ExpertTopic.objects.annotate(lower_name=Lower("tag__name"))
        .filter(lower_name__in=wanted, content_object__in=ExpertProfilePage.objects.listed())
        .values_list("content_object_id", "tag__name")
        .order_by("tag__name")
    )
    topics_by_profile = {}
    for profile_id, name in rows:
        topics_by_profile.setdefault(profile_id, []).append(name)
    profiles = ExpertProfilePage.objects.filter(pk__in=topics_by_profile).select_related("user")
    return [
        ExpertMatch(
            user=profile.user,
            name=profile.user.get_full_name() or profile.title,
            url=profile.url or "",
            topics=tuple(topics_by_profile[profile.pk]),
        )
        for profile in profiles
    ]
