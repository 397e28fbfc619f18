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
    """A block of the home page rendered by ``template`` with ``get_context(request)``."""

    key: str
    template: str
    get_context: Callable = field(default=lambda request: {})
    order: int = 50


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
