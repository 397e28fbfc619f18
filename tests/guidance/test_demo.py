"""Demo guidance: both languages, every topic the hub promises, safe to run again."""

import pytest

from guidance.demo.pages import TEMPLATES
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
    assert pages.count() == first - 2  # plus the two outcomes pointed at the library
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
    for kind in ("short_course", "job_aid"):
        assert WizardOutcome.objects.get(kind=kind).link_page_id == library.pk


@pytest.mark.django_db
def test_seed_demo_command_includes_guidance(home, guidance_index):
    from django.core.management import call_command

    call_command("seed_demo", "--password", "demo-password", "--force")

    assert GuidancePage.objects.live().filter(slug="getting-started-as-an-expert").exists()
    assert GuidancePage.objects.live().filter(slug="aan-de-slag-als-expert").exists()
