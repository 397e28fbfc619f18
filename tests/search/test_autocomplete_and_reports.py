import datetime

import pytest
from django.utils import timezone

from hub.accounts.roles import MODERATOR
from search.engine import index_ranking
from tests.factories import PageViewRestrictionFactory, QueryLogFactory


@pytest.mark.django_db
def test_autocomplete_suggests_titles_with_urls(client_as, make_course, make_info_page):
    course = make_course(title="Pivot tables in Excel")
    make_info_page("Pivot office hours")
    make_course(title="Feedback")

    data = client_as("employee").get("/search/autocomplete/", {"q": "piv"}).json()

    assert data["query"] == "piv"
    assert data["results"][0] == {"title": "Pivot tables in Excel", "url": course.url, "type": "Course"}
    assert {r["title"] for r in data["results"]} == {"Pivot tables in Excel", "Pivot office hours"}


@pytest.mark.django_db
def test_autocomplete_leaves_out_what_the_user_may_not_see_with_or_without_the_cap(
    client_as, make_info_page, make_course, monkeypatch
):
    """On PostgreSQL a few prefix matches are ranked on the index table and then read
    by id through the access filter; past ``AUTOCOMPLETE_CANDIDATES`` the backend ranks
    per type. Both must suggest the same visible titles in the same order."""
    private = make_info_page("Walrus private")
    PageViewRestrictionFactory(page=private, groups=[MODERATOR])
    make_info_page("Walrus hidden child", parent=private)
    make_course(title="Walrus draft course").unpublish()
    for number in range(4):
        make_info_page(f"Walrus open {number}")
    make_course(title="Walrus course")
    client = client_as("employee")

    def titles():
        return [r["title"] for r in client.get("/search/autocomplete/", {"q": "walr"}).json()["results"]]

    ranked = titles()
    monkeypatch.setattr(index_ranking, "AUTOCOMPLETE_CANDIDATES", 2)
    per_type = titles()

    assert ranked == per_type
    assert ranked[0] == "Walrus course"  # courses come first (search/types.py order)
    assert sorted(ranked[1:]) == [f"Walrus open {number}" for number in range(4)]


@pytest.mark.django_db
def test_autocomplete_needs_two_characters_and_sign_in(client, client_as, make_course):
    make_course(title="Pivot tables")
    assert client_as("employee").get("/search/autocomplete/", {"q": "p"}).json()["results"] == []
    assert client.get("/search/autocomplete/", {"q": "pivot"}).status_code == 302


@pytest.mark.django_db
def test_header_box_is_a_plain_form_with_suggestions_wired(client_as):
    html = client_as("employee").get("/").content.decode()
    assert 'action="/search/"' in html
    assert 'data-autocomplete-url="/search/autocomplete/"' in html
    assert 'role="listbox"' in html
    assert 'src="/static/js/search.js"' in html


def log(query, searches, hits, days_ago=0):
    QueryLogFactory(
        query=query,
        searches=searches,
        hits=hits,
        day=timezone.localdate() - datetime.timedelta(days=days_ago),
    )


@pytest.mark.django_db
def test_reports_for_moderators_with_exports(client_as):
    log("excel", 5, 12)
    log("excel", 3, 10, days_ago=1)
    log("quantum knitting", 2, 0)
    log("old query", 9, 0, days_ago=60)
    moderator = client_as("moderator")

    top = moderator.get("/admin/reports/search/top/")
    assert top.status_code == 200
    html = top.content.decode()
    assert html.index("excel") < html.index("quantum knitting")
    assert "old query" not in html

    zero = moderator.get("/admin/reports/search/nothing-found/").content.decode()
    assert "quantum knitting" in zero and "excel" not in zero

    csv = moderator.get("/admin/reports/search/top/", {"export": "csv"})
    assert csv.status_code == 200
    lines = b"".join(csv.streaming_content).decode().splitlines()
    assert lines[0] == "Query,Searches,Results (last search),Last searched"
    assert lines[1].startswith("excel,8,12,")
    xlsx = moderator.get("/admin/reports/search/nothing-found/", {"export": "xlsx", "period": "90"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.django_db
def test_results_are_those_of_the_latest_search(client_as):
    log("intranet", 4, 7, days_ago=3)
    log("intranet", 2, 0, days_ago=1)  # the page it found was unpublished since
    moderator = client_as("moderator")

    top = moderator.get("/admin/reports/search/top/", {"export": "csv"})
    lines = b"".join(top.streaming_content).decode().splitlines()
    zero = moderator.get("/admin/reports/search/nothing-found/").content.decode()

    assert lines[1].startswith("intranet,6,0,")
    assert "intranet" in zero
    assert 'filename="top-searches.csv"' in top["Content-Disposition"]


@pytest.mark.django_db
def test_exported_queries_never_run_as_formulas(client_as):
    log('=HYPERLINK("http://evil.example")', 1, 0)
    log("-1+1", 1, 0)

    response = client_as("moderator").get("/admin/reports/search/nothing-found/", {"export": "csv"})

    body = b"".join(response.streaming_content).decode()
    assert '"\'=HYPERLINK(""http://evil.example"")"' in body
    assert "'-1+1" in body
    assert 'filename="searches-that-found-nothing.csv"' in response["Content-Disposition"]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["employee", "expert"])
def test_reports_are_for_moderators_only(client_as, role):
    response = client_as(role).get("/admin/reports/search/top/")
    assert response.status_code in (302, 403)


@pytest.mark.django_db
def test_moderators_can_manage_promotions(client_as):
    moderator = client_as("moderator")
    assert moderator.get("/admin/searchpicks/").status_code == 200
    assert moderator.get("/admin/searchpicks/add/").status_code == 200
    assert client_as("expert", username="ex").get("/admin/searchpicks/").status_code in (302, 403)
