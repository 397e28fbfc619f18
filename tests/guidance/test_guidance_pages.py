"""/guidance/ and guidance pages as readers see them."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guidance.blocks import GuidanceBodyBlock
from guidance.pages import GuidancePage
from hub import hooks
from hub.authoring.models import authored_page_models


@pytest.mark.parametrize("role", ["employee", "expert", "moderator", "admin"])
@pytest.mark.django_db
def test_index_groups_live_pages_by_section_in_order(client_as, make_guidance, role):
    make_guidance(title="Be kind in reviews", section="sharing")
    make_guidance(title="Your first course", section="getting_started")
    make_guidance(title="Tone of voice", section="guidelines")

    html = client_as(role).get("/guidance/").content.decode()

    positions = [
        html.index(text)
        for text in (
            "Getting started",
            "Your first course",
            "Company guidelines",
            "Tone of voice",
            "Sharing and review",
            "Be kind in reviews",
        )
    ]
    assert positions == sorted(positions)
    assert "Help and questions" not in html  # empty sections are left out
    assert 'href="/guidance/wizard/"' in html
    assert 'href="/guidance/ask/"' in html


@pytest.mark.django_db
def test_drafts_never_show_on_the_index_or_to_readers(client_as, make_user, draft_guidance_of):
    draft = draft_guidance_of(make_user("expert"), title="Secret draft")
    client = client_as("employee")

    assert "Secret draft" not in client.get("/guidance/").content.decode()
    assert client.get(f"/guidance/{draft.slug}/").status_code == 404


@pytest.mark.django_db
def test_empty_index_says_what_to_do_next(client_as, guidance_index):
    html = client_as().get("/guidance/").content.decode()

    assert "No guidance has been published yet" in html


@pytest.mark.django_db
def test_index_queries_stay_constant_as_pages_grow(client_as, make_guidance):
    client = client_as()
    make_guidance(section="help")
    client.get("/guidance/")

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/guidance/").status_code == 200
        return len(queries)

    few = count()
    for n in range(12):
        make_guidance(section=["getting_started", "guidelines", "sharing"][n % 3])
    client.get("/guidance/")  # publishing dropped the cached navigation: warm it again
    assert count() == few


@pytest.mark.django_db
def test_page_shows_credits_language_and_review_notice(client_as, make_user, make_guidance):
    owner = make_user("expert", first_name="Ada", last_name="Visser")
    co_author = make_user("expert", username="co", first_name="Bo", last_name="Ek")
    page = make_guidance(
        title="Privacy rules",
        owner=owner,
        co_authors=[co_author],
        content_language="nl",
        section="guidelines",
    )
    GuidancePage.objects.filter(pk=page.pk).update(review_by=datetime.date(2020, 1, 1))

    html = client_as().get(page.url).content.decode()

    assert "Shared by" in html
    assert html.index("Ada Visser") < html.index("Bo Ek")
    assert "This may be out of date" in html
    assert 'lang="nl"' in html
    assert "Company guidelines" in html


@pytest.mark.django_db
def test_faq_block_renders_questions_that_open_without_script(client_as, make_guidance):
    page = make_guidance(
        body__0__faq__title="FAQ",
        body__0__faq__items__0__question="How long?",
        body__0__faq__items__0__answer__value="<p>A week.</p>",
    )

    html = client_as().get(page.url).content.decode()

    assert "<summary>How long?</summary>" in html
    assert "A week." in html


def test_a_new_faq_is_the_accordion_with_a_faq_title():
    body = GuidanceBodyBlock()
    faq, accordion = body.child_blocks["faq"], body.child_blocks["accordion"]

    assert faq.get_default()["title"] == "Frequently asked questions"
    assert not accordion.get_default()["title"]
    # The same questions and answers: what one stores, the other reads.
    assert list(faq.child_blocks) == list(accordion.child_blocks) == ["title", "items"]
    assert faq.child_blocks["items"].deconstruct() == accordion.child_blocks["items"].deconstruct()


@pytest.mark.django_db
def test_guidance_is_a_section_of_the_hub(client_as, guidance_index):
    assert "guidance" in [section.key for section in hooks.collect(hooks.SECTIONS)]

    html = client_as().get("/").content.decode()

    assert 'href="/guidance/"' in html


@pytest.mark.django_db
def test_publishing_sets_the_review_by_date_for_reminders(make_guidance):
    page = make_guidance()

    assert GuidancePage in authored_page_models()
    assert page.review_by is not None
