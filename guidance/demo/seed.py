"""Demo guidance (seeder ``guidance``): the pages of pages.py under /guidance/, and the
wizard's course and checklist outcomes linked to the template library. Safe to run
again: existing pages are left as they are."""

from hub.demo.pages import add_version, version_parent
from hub.demo.users import demo_authors

from ..pages import GuidanceCoAuthor, GuidanceIndexPage, GuidancePage
from ..wizard.models import WizardOutcome
from .pages import GETTING_STARTED, PAGES, TEMPLATES, TRANSLATIONS

# Outcomes of the default wizard tree that point readers to the template library.
LIBRARY_OUTCOMES = [WizardOutcome.Kind.SHORT_COURSE, WizardOutcome.Kind.JOB_AID]


def with_expert_page(block, page):
    """The template library tells readers who cannot write yet to read "getting started"."""
    if block["type"] != "template_library" or page is None:
        return block
    return {**block, "value": {**block["value"], "become_expert_page": page.pk}}


def getting_started(existing, index):
    """ "Getting started as an expert" in the language of ``index``, else in English."""
    page = existing.get(GETTING_STARTED)
    if page is None:
        return None
    return page.get_translation_or_none(index.locale) or page


def seed_guidance(home):
    index = GuidanceIndexPage.objects.child_of(home).first()
    if index is None:
        return 0
    users = demo_authors()
    indexes = {spec["language"]: version_parent(index, spec["language"]) for spec in PAGES}
    existing = {
        page.slug: page
        for version in set(indexes.values())
        for page in GuidancePage.objects.child_of(version)
    }
    created = 0
    for spec in PAGES:
        if spec["slug"] in existing:
            continue
        page = GuidancePage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            section=spec["section"],
            owner=users[spec["owner"]],
            body=[
                with_expert_page(block, getting_started(existing, indexes[spec["language"]]))
                for block in spec["body"]
            ],
        )
        page.co_authors = [
            GuidanceCoAuthor(user=users[name], sort_order=order)
            for order, name in enumerate(spec["co_authors"])
        ]
        add_version(indexes[spec["language"]], page, existing.get(TRANSLATIONS.get(spec["slug"], "")))
        page.save_revision(user=page.owner).publish(user=users["moderator"])
        existing[page.slug] = page
        created += 1

    library_page = existing.get(TEMPLATES)
    if library_page is not None:
        # Each language's outcomes point to the library in that language, when there is one.
        for outcome in WizardOutcome.objects.filter(kind__in=LIBRARY_OUTCOMES, link_page__isnull=True):
            outcome.link_page = library_page.get_translation_or_none(outcome.locale) or library_page
            outcome.save(update_fields=["link_page"])
            created += 1
    return created
