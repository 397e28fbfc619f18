"""Small registries through which apps plug into the hub without importing each other.

DESIGN.md: ``hub`` imports none of the other apps. An app registers what it offers
(a section of the site, a panel on the home page, a provider of a user's
contributions) in its ``AppConfig.ready()``; hub and other apps read the registry.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse


@dataclass(frozen=True)
class Section:
    """A top-level part of the hub, shown in the main navigation and on the home page.

    Give either ``url_name`` (a named URL) or ``get_url`` (a callable taking the request,
    for sections that are pages in the tree); a section whose URL cannot be found is
    left out rather than breaking the page.
    """

    key: str
    label: str
    description: str = ""
    order: int = 50
    url_name: str = ""
    get_url: Callable | None = None
    in_navigation: bool = True

    def url(self, request):
        if self.get_url is not None:
            return self.get_url(request)
        try:
            return reverse(self.url_name)
        except NoReverseMatch:
            return None


@dataclass(frozen=True)
class HomePanel:
    """A block of the home page rendered by ``template`` with ``get_context(request)``.

    A panel must read the same for everyone on a site in a language: live, public
    content and counts, nothing of the person looking and no forms (CSRF tokens). The
    rendered panels are cached and shared (hub_tags.home_panels_html). ``stylesheets``
    are static paths the home page links in its head."""

    key: str
    template: str
    get_context: Callable = field(default=lambda request: {})
    order: int = 50
    stylesheets: tuple = ()


class Registry:
    def __init__(self):
        self._items = {}

    def register(self, item):
        # Keyed, so a second registration (tests, autoreload) replaces the first.
        self._items[item.key] = item
        return item

    def unregister(self, key):
        self._items.pop(key, None)

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda item: (item.order, item.key)))

    def __len__(self):
        return len(self._items)


sections = Registry()
home_panels = Registry()


@dataclass(frozen=True)
class DemoSeeder:
    """Demo content of one app, for ``seed_demo``. ``seed(home)`` must be safe to run
    again and return how many objects it created."""

    key: str
    seed: Callable
    order: int = 50


demo_seeders = Registry()


class ProfileLinks:
    """Where a person's expert profile lives. The people app registers one provider,
    ``provider(users) -> {user_pk: url}``, so credit lines on courses and guidance can
    link to profiles without importing it; with no provider, names are shown unlinked."""

    def __init__(self):
        self.provider = None

    def register(self, provider):
        self.provider = provider
        return provider

    def urls_for(self, users):
        users = [user for user in users if user is not None]
        if self.provider is None or not users:
            return {}
        return self.provider(users)


profile_links = ProfileLinks()


@dataclass(frozen=True)
class AccountLink:
    """A personal link in the header's account menu ("My learning", "My profile").

    ``get_url(request)`` returns the URL, or ``None`` to leave the link out for this
    user (for example "My profile" for someone who may not have one)."""

    key: str
    label: str
    get_url: Callable
    order: int = 50


account_links = Registry()


@dataclass(frozen=True)
class Contribution:
    """One thing a person shared: a course they wrote, a request they answered."""

    kind: str  # stable machine name: "course", "guidance", "request"
    kind_label: str
    title: str
    url: str
    role: str  # how they took part, for people: "Author", "Co-author", "Claimed"
    date: object = None  # an aware datetime; profiles list newest first


@dataclass
class Figures:
    """What one person's contributions add up to, from one source or all of them.

    ``counts`` holds figures that badge rules read, by stable names that sources
    document (``courses_published``, ``requests_answered``, ``pages_overdue``...).
    ``learners_reached`` is only reported by the source that knows learners, so adding
    sources never counts a learner twice."""

    contributions: int = 0
    latest: object = None  # datetime of the most recent contribution
    since: object = None  # datetime of the first one
    learners_reached: int = 0
    ratings_count: int = 0
    ratings_total: int = 0
    counts: dict = field(default_factory=dict)

    def __add__(self, other):
        counts = dict(self.counts)
        for name, value in other.counts.items():
            counts[name] = counts.get(name, 0) + value
        return Figures(
            contributions=self.contributions + other.contributions,
            latest=_newest(self.latest, other.latest),
            since=_oldest(self.since, other.since),
            learners_reached=self.learners_reached + other.learners_reached,
            ratings_count=self.ratings_count + other.ratings_count,
            ratings_total=self.ratings_total + other.ratings_total,
            counts=counts,
        )

    @property
    def average_rating(self):
        return round(self.ratings_total / self.ratings_count, 1) if self.ratings_count else None


def _newest(a, b):
    return max((x for x in (a, b) if x is not None), default=None)


def _oldest(a, b):
    return min((x for x in (a, b) if x is not None), default=None)


@dataclass(frozen=True)
class ContributionSource:
    """One app's share of what people contribute, registered in its ``ready()``.

    - ``items(user)`` -> list of :class:`Contribution`, for a profile page.
    - ``figures(user_ids)`` -> ``{user_id: Figures}`` for many people at once
      (directory cards, badges): a fixed number of queries however many ids it gets.
    """

    key: str
    items: Callable
    figures: Callable
    order: int = 50


class Contributions(Registry):
    def items_for(self, user):
        found = [item for source in self for item in source.items(user)]
        # Newest first; undated items last.
        return sorted(found, key=lambda item: (item.date is not None, item.date or 0), reverse=True)

    def figures_for(self, user_ids):
        user_ids = list(user_ids)
        totals = {user_id: Figures() for user_id in user_ids}
        for source in self:
            for user_id, figures in source.figures(user_ids).items():
                if user_id in totals:
                    totals[user_id] = totals[user_id] + figures
        return totals


contributions = Contributions()


@dataclass(frozen=True)
class ExpertMatch:
    """An expert who knows some of the topics asked about."""

    user: object
    name: str
    url: str = ""
    topics: tuple = ()  # the matching topic names, as the expert spelled them


class ExpertFinder:
    """Who knows about a topic. The people app registers one provider,
    ``provider(topic_names) -> [ExpertMatch]`` (every listed expert whose expertise
    matches any of the names, case-insensitively, in a fixed number of queries), so
    the L&D queue can suggest experts for a request without importing it."""

    def __init__(self):
        self.provider = None

    def register(self, provider):
        self.provider = provider
        return provider

    def find(self, topic_names):
        names = {name for name in topic_names if name}
        if self.provider is None or not names:
            return []
        return self.provider(sorted(names))

    def suggest(self, topics_by_key, limit=3):
        """``{key: topic names}`` -> ``{key: [ExpertMatch]}``, best match first (most
        topics in common, then name): one provider call for all of them."""
        wanted = {name.casefold() for names in topics_by_key.values() for name in names}
        experts = self.find(wanted)
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


expert_finder = ExpertFinder()
