"""Every way an app plugs into the hub, declared once: one Wagtail hook per extension point.

DESIGN.md: ``hub`` imports none of the other apps, ``learning`` and ``people`` never
import each other, and nothing imports ``search``. What must cross those lines without
an import goes through these hooks. An app registers all of it in its own
``wagtail_hooks.py``, so that one file shows how the app plugs in::

    from wagtail import hooks

    from hub import hooks as hub_hooks
    from hub.navigation.menus import Section

    @hooks.register(hub_hooks.SECTIONS)
    def courses_section():
        return Section(key="courses", label=_("Courses"), get_url=course_index_url, order=10)

The hub reads them with :func:`collect` (a list of items) or :func:`provider` (one
function). Each contract below says what a registered function returns and what it
may cost: pages ask many people's or items' figures at once, so a batch in a fixed
number of queries is part of the contract, not an optimisation.
"""

from collections.abc import Iterable

from wagtail import hooks

# -- the site's chrome -------------------------------------------------------------------
SECTIONS = "hub_sections"
"""``fn() -> hub.navigation.menus.Section``: a top-level part of the site, in the main
navigation and on the home page. Its URL is resolved per request and cached per site
and language (hub/navigation/menus.py); a section whose URL cannot be found is left out."""

ACCOUNT_LINKS = "hub_account_links"
"""``fn() -> hub.navigation.menus.AccountLink``: a personal link in the header's account
menu ("My learning"). Its ``get_url(request)`` may return ``None`` to leave it out for
that person; the menu is cached per person."""

HOME_PANELS = "hub_home_panels"
"""``fn() -> hub.home.panels.HomePanel``: a block of the home page. It must read the
same for everyone on a site in a language (live, public content and counts; no forms),
because the rendered panels are cached and shared."""

# -- people's contributions and the credit they get --------------------------------------
CONTRIBUTIONS = "hub_contributions"
"""``fn() -> hub.contributions.sources.ContributionSource``: one app's share of what
people contributed. ``items(user)`` lists one person's contributions for their profile;
``figures(user_ids)`` returns ``{user_id: Figures}`` for many people in a fixed number
of queries."""

WEEKLY_RECOGNITION = "hub_weekly_recognition"
"""``fn() -> hub.contributions.weekly.RecognitionSource``: one figure per person for a
period (learners reached, thanks received), for the weekly digest: ``counts(user_ids,
start, end) -> {user_id: int}`` in a fixed number of queries, people with nothing left out."""

PROFILE_LINKS = "hub_profile_links"
"""``fn(users) -> {user_pk: url}``: where people's expert profiles are, for credit
lines on courses and guidance; one query for all of them. The last registered
function answers; with none, names are shown without links."""

EXPERT_FINDER = "hub_expert_finder"
"""``fn(topic_names) -> [hub.contributions.experts.ExpertMatch]``: every listed expert
whose expertise matches any of the names (case-insensitively), in a fixed number of
queries. The L&D queue suggests them for a learning request. The last registered
function answers; with none, nobody is suggested."""

# -- L&D's work ---------------------------------------------------------------------------
QUEUE_SOURCES = "hub_queue_sources"
"""``fn() -> hub.queue.items.QueueSource``: one kind of item in the L&D queue (new
requests, flagged pages...). Its ``items(user)`` returns every open item with
``user=None`` (what moderators see) or that person's slice, in a fixed number of
queries however many items there are."""

INSIGHTS = "hub_insights"
"""``fn() -> hub.insights.base.InsightChart | InsightRanking``: a monthly chart or a
ranking on the L&D insights page, with its CSV export; a fixed number of queries
however much data there is (docs/insights.md)."""

# -- search and demo content --------------------------------------------------------------
SEARCH_TYPES = "hub_search_types"
"""``fn() -> hub.content.search.SearchType``: a kind of result the hub's search finds
(courses, guidance, experts...): its model, labels, snippet fields and facets."""

DEMO_SEEDERS = "hub_demo_seeders"
"""``fn() -> hub.demo.seeders.DemoSeeder``: one app's demo content for ``seed_demo``;
``seed(home)`` must be safe to run again and returns how many objects it created."""


def collect(name):
    """The items registered for hook ``name``, ordered by ``(order, key)``.

    A function may return one item or several. A later item with the same ``key``
    replaces an earlier one, so a test can stand in for an app's item with
    ``hooks.register_temporarily``."""
    found = {}
    for fn in hooks.get_hooks(name):
        result = fn()
        for item in result if isinstance(result, Iterable) else (result,):
            found[item.key] = item
    return sorted(found.values(), key=lambda item: (item.order, item.key))


def provider(name):
    """The function last registered for hook ``name``, or ``None``."""
    registered = hooks.get_hooks(name)
    return registered[-1] if registered else None
