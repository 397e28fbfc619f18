"""Demo guidance: both languages, every topic the hub promises, safe to run again."""

import pytest

from guidance.demo.pages import GETTING_STARTED, TEMPLATES
from guidance.demo.seed import seed_guidance
from guidance.pages import GuidancePage
from guidance.wizard.models import WizardOutcome
from hub.demo.users import ensure_demo_users


@pytest.mark.django_db
def test_seeding_twice_creates_the_pages_once(home, guidance_index):
    ensure_demo_users("demo-password")

    first = seed_guidance(home)
    second = seed_guidance(home)

    pages = GuidancePage.objects.live()
    assert first > 0
    assert second == 0
    assert pages.count() == first - 4  # plus two outcomes per language pointed at the library
    assert set(pages.values_list("content_language", flat=True)) == {"en", "nl"}
    assert set(pages.values_list("section", flat=True)) == {
        "getting_started",
        "making_courses",
        "guidelines",
        "sharing",
        "help",
    }
    library = pages.get(slug=TEMPLATES)
    assert any(block.block_type == "template_library" for block in library.body)
    dutch_library = pages.get(slug="cursussjablonen")
    for kind in ("short_course", "job_aid"):
        assert WizardOutcome.objects.get(locale__language_code="en", kind=kind).link_page_id == library.pk
        assert (
            WizardOutcome.objects.get(locale__language_code="nl", kind=kind).link_page_id == dutch_library.pk
        )
    # Each library tells readers who cannot write yet to read "getting started" in its language.
    for page, getting_started in ((library, GETTING_STARTED), (dutch_library, "aan-de-slag-als-expert")):
        [block] = [block for block in page.body if block.block_type == "template_library"]
        assert block.value["become_expert_page"].slug == getting_started


@pytest.mark.django_db
def test_seed_demo_command_includes_guidance(home, guidance_index):
    from django.core.management import call_command

    call_command("seed_demo", "--password", "demo-password", "--force")

    assert GuidancePage.objects.live().filter(slug="getting-started-as-an-expert").exists()
    assert GuidancePage.objects.live().filter(slug="aan-de-slag-als-expert").exists()
