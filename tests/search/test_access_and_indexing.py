import pytest
from django.urls import reverse
from wagtail.models import Collection

from hub.accounts.roles import MODERATOR
from learning.models import CoursePage
from tests.factories import CollectionViewRestrictionFactory, PageViewRestrictionFactory
from tests.search.conftest import make_document, result_titles


@pytest.mark.django_db
def test_drafts_and_unpublished_pages_never_show(search, course_index, make_course, make_user):
    expert = make_user("expert", username="writer")
    draft = CoursePage(title="Zebra draft", summary="zebra", owner=expert, live=False)
    course_index.add_child(instance=draft)
    draft.save_revision(user=expert)
    gone = make_course(title="Zebra withdrawn", summary="zebra")
    gone.unpublish()
    live = make_course(title="Zebra live", summary="zebra")
    # A published course with an unpublished draft shows its published title only.
    live.title = "Zebra secret draft title"
    live.save_revision()

    assert result_titles(search("zebra")) == ["Zebra live"]
    assert "secret" not in search("zebra").content.decode()


@pytest.mark.django_db
def test_view_restrictions_are_respected_per_user(client_as, search, make_info_page, make_user, home):
    private = make_info_page("Restricted section", "walrus")
    make_info_page("Child of restricted", "walrus", parent=private)
    make_info_page("Open walrus page", "walrus")
    PageViewRestrictionFactory(page=private, groups=[MODERATOR])
    password_page = make_info_page("Password walrus", "walrus")
    PageViewRestrictionFactory(page=password_page, restriction_type="password", password="s3cret")
    login_page = make_info_page("Login walrus", "walrus")
    PageViewRestrictionFactory(page=login_page, restriction_type="login")

    employee_titles = set(result_titles(search("walrus")))
    assert employee_titles == {"Open walrus page", "Login walrus"}
    moderator_titles = set(result_titles(search("walrus", as_client=client_as("moderator", username="mod"))))
    assert moderator_titles == {
        "Open walrus page",
        "Login walrus",
        "Restricted section",
        "Child of restricted",
    }

    # Autocomplete follows the same rules.
    suggestions = client_as("employee", username="other").get("/search/autocomplete/", {"q": "walr"}).json()
    assert {s["title"] for s in suggestions["results"]} == {"Open walrus page", "Login walrus"}
    suggestions = (
        client_as("employee", username="third").get("/search/autocomplete/", {"q": "restric"}).json()
    )
    assert suggestions["results"] == []


@pytest.mark.django_db
def test_a_password_given_and_superusers_open_restricted_pages(client_as, search, make_info_page):
    password_page = make_info_page("Password walrus", "walrus")
    restriction = PageViewRestrictionFactory(
        page=password_page, restriction_type="password", password="s3cret"
    )
    private = make_info_page("Moderators walrus", "walrus")
    PageViewRestrictionFactory(page=private, groups=[MODERATOR])
    employee = client_as("employee", username="reader")
    assert result_titles(search("walrus", as_client=employee)) == []

    # Wagtail's own password form remembers the restriction in the session.
    employee.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.id, password_page.id]),
        {"password": "s3cret", "return_url": password_page.url},
    )
    assert result_titles(search("walrus", as_client=employee)) == ["Password walrus"]

    superuser = client_as("employee", username="root", is_superuser=True)
    assert set(result_titles(search("walrus", as_client=superuser))) == {"Moderators walrus"}


@pytest.mark.django_db
def test_private_documents_never_show(client_as, search, make_user):
    root = Collection.get_first_root_node()
    private = root.add_child(name="HR only")
    CollectionViewRestrictionFactory(collection=private, groups=[MODERATOR])
    make_document("Holiday rota template")
    make_document("Holiday salary overview", collection=private)

    assert result_titles(search("holiday")) == ["Holiday rota template"]
    counts = {t.key: c for t, c in search("holiday").context["results"].type_counts}
    assert counts["documents"] == 1
    moderator = client_as("moderator", username="mod")
    assert set(result_titles(search("holiday", as_client=moderator))) == {
        "Holiday rota template",
        "Holiday salary overview",
    }


@pytest.mark.django_db
def test_first_publish_indexes_tags_and_co_authors(search, course_index, make_user):
    from learning.models import CourseCoAuthor

    expert = make_user("expert", username="author")
    helper = make_user("expert", username="helper", first_name="Ilse", last_name="Brouwerink")
    course = CoursePage(title="Spreadsheet hygiene", summary="Tidy sheets.", owner=expert, live=False)
    course_index.add_child(instance=course)
    # As the editor does: tags and co-authors arrive with the revision that is published.
    course.topics.add("Kwaliteitszorg")
    course.co_authors.add(CourseCoAuthor(user=helper, sort_order=0))
    course.save_revision(user=expert).publish()

    assert result_titles(search("kwaliteitszorg")) == ["Spreadsheet hygiene"]
    assert result_titles(search("Brouwerink")) == ["Spreadsheet hygiene"]


@pytest.mark.django_db
def test_update_index_rebuilds(search, make_course):
    from django.core.management import call_command
    from wagtail.search.models import IndexEntry

    make_course(title="Forklift licence")
    IndexEntry.objects.all().delete()
    assert result_titles(search("forklift")) == []
    call_command("update_index", verbosity=0)
    assert result_titles(search("forklift")) == ["Forklift licence"]
