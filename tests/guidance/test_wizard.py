""" "Is training the answer?": walking the default tree by links, back and restart,
bad paths, the links each outcome offers, and anonymous counting."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from guidance.wizard.models import WizardAnswer, WizardOutcome, WizardOutcomeCount, WizardQuestion

URL = "/guidance/wizard/"


def answer(question_text, label):
    return WizardAnswer.objects.get(question__text=question_text, label=label)


KNOW_HOW = "Do people know how to do the task?"
SOMEONE = "Is there a colleague who knows it well and could explain it?"
MANDATORY = "Is it a compliance, legal or safety topic that everyone must complete?"


def short_course_path():
    return [
        answer(KNOW_HOW, "No, it is new to them or they never learned it"),
        answer(SOMEONE, "Yes, someone in my team or nearby"),
        answer(MANDATORY, "No"),
    ]


def path_of(answers):
    return ".".join(str(a.pk) for a in answers)


@pytest.mark.parametrize("role", ["employee", "expert", "moderator", "admin"])
@pytest.mark.django_db
def test_every_role_starts_at_the_first_question(client_as, guidance_index, role):
    response = client_as(role).get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert KNOW_HOW in html
    assert "Question 1" in html
    assert "Back to the previous question" not in html


@pytest.mark.django_db
def test_signed_out_visitors_are_sent_to_sign_in(client, guidance_index):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_each_answer_is_a_link_carrying_the_path(client_as, guidance_index):
    first = answer(KNOW_HOW, "No, it is new to them or they never learned it")

    html = client_as().get(URL).content.decode()

    assert f'href="{URL}?path={first.pk}"' in html


@pytest.mark.django_db
def test_walk_to_a_short_course_with_back_and_restart_links(client_as, guidance_index):
    client = client_as()
    steps = short_course_path()

    second = client.get(URL, {"path": path_of(steps[:1])}).content.decode()
    assert SOMEONE in second
    assert "Question 2" in second
    assert f'href="{URL}"' in second  # back to the first question, and restart

    third = client.get(URL, {"path": path_of(steps[:2])}).content.decode()
    assert MANDATORY in third
    assert f'href="{URL}?path={steps[0].pk}"' in third

    end = client.get(URL, {"path": path_of(steps)})
    html = end.content.decode()
    assert end.status_code == 200
    assert "A short course by an expert" in html
    assert f'href="{URL}?path={path_of(steps[:2])}"' in html
    assert "Start again" in html
    # The answers given are listed.
    assert "Yes, someone in my team or nearby" in html


@pytest.mark.parametrize(
    "path",
    # "²" and "①" are digits to str.isdigit() but not to int().
    ["abc", "1.x", "999999", "1..2", "-1", "1" * 20, ".".join(["1"] * 30), "²", "1.①"],
)
@pytest.mark.django_db
def test_unknown_or_forged_paths_get_a_clear_404(client_as, guidance_index, path):
    response = client_as().get(URL, {"path": path})

    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not follow those answers" in html
    assert f'href="{URL}"' in html


@pytest.mark.django_db
def test_an_answer_of_another_question_is_refused(client_as, guidance_index):
    # A real answer id, but it belongs to the third question, not the first.
    response = client_as().get(URL, {"path": str(answer(MANDATORY, "No").pk)})

    assert response.status_code == 404


@pytest.mark.django_db
def test_going_on_after_an_outcome_is_refused(client_as, guidance_index):
    steps = short_course_path()

    response = client_as().get(URL, {"path": path_of([*steps, steps[0]])})

    assert response.status_code == 404


@pytest.mark.django_db
def test_an_answer_whose_target_was_removed_ends_clearly(client_as, guidance_index):
    steps = short_course_path()
    WizardOutcome.objects.filter(kind="short_course").delete()

    response = client_as().get(URL, {"path": path_of(steps)})

    assert response.status_code == 404


@pytest.mark.django_db
def test_without_questions_the_wizard_says_what_to_do(client_as, guidance_index):
    WizardQuestion.objects.all().delete()

    response = client_as().get(URL)

    assert response.status_code == 200
    assert "has not set up the questions yet" in response.content.decode()
    assert reverse("contact") in response.content.decode()


@pytest.mark.django_db
def test_reaching_an_outcome_counts_once_per_browser_without_storing_who(
    client_as, make_user, guidance_index
):
    path = path_of(short_course_path())
    outcome = WizardOutcome.objects.get(locale__language_code="en", kind="short_course")
    client = client_as()

    client.get(URL, {"path": path})
    client.get(URL, {"path": path})  # a reload
    client_as("expert").get(URL, {"path": path})

    counter = WizardOutcomeCount.objects.get(outcome=outcome)
    assert counter.count == 2
    assert counter.month == datetime.date.today().replace(day=1)
    assert {field.name for field in WizardOutcomeCount._meta.get_fields()} == {
        "id",
        "outcome",
        "month",
        "count",
    }


@pytest.mark.django_db
def test_questions_along_the_way_are_not_counted(client_as, guidance_index):
    client_as().get(URL, {"path": path_of(short_course_path()[:2])})

    assert not WizardOutcomeCount.objects.exists()


@pytest.mark.django_db
def test_counts_are_kept_per_month(guidance_index):
    outcome = WizardOutcome.objects.get(locale__language_code="en", kind="job_aid")

    outcome.record(datetime.date(2026, 1, 5))
    outcome.record(datetime.date(2026, 1, 30))
    outcome.record(datetime.date(2026, 2, 1))

    counts = dict(WizardOutcomeCount.objects.filter(outcome=outcome).values_list("month", "count"))
    assert counts == {datetime.date(2026, 1, 1): 2, datetime.date(2026, 2, 1): 1}
    annotated = WizardOutcomeCount.annotate(
        WizardOutcome.objects.filter(pk=outcome.pk), datetime.date(2026, 2, 9)
    )
    assert (annotated[0].this_month, annotated[0].last_month, annotated[0].all_time) == (1, 2, 3)


@pytest.mark.django_db
def test_moderators_see_the_counts_in_the_outcome_listing(client_as, guidance_index):
    outcome = WizardOutcome.objects.get(locale__language_code="en", kind="request")
    for _ in range(3):
        outcome.record()

    html = client_as("moderator").get(reverse("wagtailsnippets_guidance_wizardoutcome:list")).content.decode()

    assert "Reached this month" in html
    assert "All time" in html
    assert ">3<" in html.replace(" ", "").replace("\n", "")


@pytest.mark.django_db
def test_ask_outcome_links_to_the_form_with_the_answers(client_as, guidance_index, ask_page):
    unsure = answer(KNOW_HOW, "I am not sure what the problem is")

    html = client_as().get(URL, {"path": str(unsure.pk)}).content.decode()

    assert 'href="/guidance/ask/?subject=' in html
    assert "I+am+not+sure+what+the+problem+is" in html


@pytest.mark.django_db
def test_short_course_outcome_links_to_the_page_l_and_d_chose(client_as, guidance_index, make_guidance):
    library = make_guidance(title="Course templates", slug="course-templates")
    WizardOutcome.objects.filter(kind="short_course").update(link_page=library)

    html = client_as().get(URL, {"path": path_of(short_course_path())}).content.decode()

    assert 'href="/guidance/course-templates/"' in html


@pytest.mark.django_db
def test_request_outcome_links_to_a_prefilled_learning_request(client_as, guidance_index):
    nobody = [
        answer(KNOW_HOW, "No, it is new to them or they never learned it"),
        answer(SOMEONE, "No, nobody here knows it yet"),
    ]
    client = client_as()

    html = client.get(URL, {"path": path_of(nobody)}).content.decode()

    link = re.search(r'href="(/requests/new/\?description=[^"]+)"', html)
    assert link, "the request outcome should link to the request form"
    form = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    assert "No, nobody here knows it yet" in form  # the answers prefill "what you need"


@pytest.mark.django_db
def test_short_course_outcome_also_offers_to_request_the_course(client_as, guidance_index):
    html = client_as().get(URL, {"path": path_of(short_course_path())}).content.decode()

    assert 'href="/requests/new/?description=' in html
    assert "Request this learning" in html


@pytest.mark.django_db
def test_walking_takes_the_same_queries_however_deep(client_as, guidance_index):
    client = client_as()
    steps = short_course_path()
    client.get(URL, {"path": path_of(steps[:1])})  # warm the session and the site lookups

    counts = []
    for depth in (1, 2):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(URL, {"path": path_of(steps[:depth])}).status_code == 200
        counts.append(len(queries))

    assert counts[0] == counts[1], counts
    assert counts[0] <= 22  # routing, header, account links and settings: most are not the wizard's


@pytest.mark.django_db
def test_answers_lead_to_a_question_or_an_outcome_not_both(guidance_index):
    question = WizardQuestion.objects.get(locale__language_code="en", is_start=True)
    outcome = WizardOutcome.objects.filter(locale=question.locale).first()

    with pytest.raises(ValidationError):
        WizardAnswer(question=question, label="Both", next_question=question, outcome=outcome).clean()
    with pytest.raises(ValidationError):
        WizardAnswer(question=question, label="Neither").clean()
    with pytest.raises(ValidationError):
        WizardQuestion(text="Another start", is_start=True, locale=question.locale).clean()


@pytest.mark.parametrize("query", [{"q": "course"}, {"ordering": "-all_time"}, {"ordering": "this_month"}])
@pytest.mark.django_db
def test_outcome_listing_searches_and_sorts_by_counts(client_as, guidance_index, query):
    WizardOutcome.objects.get(locale__language_code="en", kind="short_course").record()

    response = client_as("moderator").get(reverse("wagtailsnippets_guidance_wizardoutcome:list"), query)

    assert response.status_code == 200
    assert "A short course by an expert" in response.content.decode()


# -- in Dutch ---------------------------------------------------------------------------------
KNOW_HOW_NL = "Weten mensen hoe ze de taak moeten doen?"


def dutch_wizard_url():
    from guidance.pages import GuidanceIndexPage

    return GuidanceIndexPage.objects.get(locale__language_code="nl").url + "wizard/"


@pytest.mark.django_db
def test_the_default_tree_is_there_in_dutch_too(guidance_index):
    dutch = WizardQuestion.objects.filter(locale__language_code="nl")

    assert dutch.count() == WizardQuestion.objects.filter(locale__language_code="en").count() == 4
    assert dutch.get(is_start=True).text == KNOW_HOW_NL
    for answer in WizardAnswer.objects.filter(question__in=dutch):
        target = answer.next_question or answer.outcome
        assert target.locale.language_code == "nl", answer.label
    assert WizardOutcome.objects.get(locale__language_code="nl", kind="short_course").title == (
        "Een korte cursus door een expert"
    )


@pytest.mark.django_db
def test_a_dutch_reader_walks_the_dutch_tree(client_as, guidance_index):
    client = client_as()
    client.cookies["hub_language"] = "nl"
    url = dutch_wizard_url()

    first = client.get(url).content.decode()
    assert KNOW_HOW_NL in first
    path = [
        answer(KNOW_HOW_NL, "Nee, het is nieuw voor ze of ze hebben het nooit geleerd"),
        answer(
            "Is er een collega die het goed kent en het zou kunnen uitleggen?",
            "Ja, iemand in mijn team of dichtbij",
        ),
        answer(
            "Is het een onderwerp over compliance, wetgeving of veiligheid dat iedereen moet afronden?", "Nee"
        ),
    ]
    outcome = client.get(url, {"path": path_of(path)})

    assert outcome.status_code == 200
    assert "Een korte cursus door een expert" in outcome.content.decode()
    assert WizardOutcomeCount.objects.get().outcome.locale.language_code == "nl"


@pytest.mark.django_db
def test_an_english_reader_starts_in_english_even_on_the_dutch_address(client_as, guidance_index):
    html = client_as().get(dutch_wizard_url(), follow=True).content.decode()

    assert KNOW_HOW in html and KNOW_HOW_NL not in html


@pytest.mark.django_db
def test_a_walk_goes_on_in_its_language_when_the_reader_switches(client_as, guidance_index):
    client = client_as()
    client.get(URL, {"path": path_of(short_course_path()[:1])})
    client.cookies["hub_language"] = "nl"

    response = client.get(URL, {"path": path_of(short_course_path()[:2])})

    assert response.status_code == 200
    assert MANDATORY in response.content.decode()


@pytest.mark.django_db
def test_each_language_has_one_first_question(guidance_index):
    dutch_start = WizardQuestion.objects.get(locale__language_code="nl", is_start=True)

    dutch_start.clean()  # the English first question is another language's
    with pytest.raises(ValidationError):
        WizardQuestion(text="Nog een begin", is_start=True, locale=dutch_start.locale).clean()
