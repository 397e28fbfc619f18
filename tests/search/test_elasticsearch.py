"""The Elasticsearch 9 and OpenSearch 3 backends: mapping and query bodies checked
without a server; the live test runs only when SEARCH_URL is set."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.test import RequestFactory
from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend
from wagtail.search.backends.opensearch3 import OpenSearch3SearchBackend
from wagtail.search.query import PlainText

from hub.content.models import InfoPage
from learning.models import CoursePage
from search.access import Access
from tests.factories import CourseFactory, PageViewRestrictionFactory


@pytest.fixture(
    params=[Elasticsearch9SearchBackend, OpenSearch3SearchBackend], ids=["elasticsearch", "opensearch"]
)
def backend(request):
    # Building the backend opens no connection; nothing here talks to a server.
    return request.param({"URLS": ["http://127.0.0.1:9"], "INDEX": "hub-test"})


@pytest.mark.django_db
def test_course_mapping_has_boosted_titles_tags_authors_and_filters(backend):
    mapping = backend.mapping_class(CoursePage)
    properties = mapping.get_mapping()["properties"]

    assert properties[mapping.get_field_column_name(_field(CoursePage, "author_names"))]["type"] == "text"
    topics = properties[mapping.get_field_column_name(_field(CoursePage, "topics"))]
    assert topics["type"] == "nested"
    assert "name" in topics["properties"]
    language = properties[mapping.get_field_column_name(_field(CoursePage, "content_language"))]
    assert language["type"] == "keyword"
    # Title and tags are copied into the ×2 field, the summary into ×1.5, the body into ×1.
    title = properties[mapping.get_field_column_name(_field(CoursePage, "title"))]
    assert "_all_text_boost_2_0" in title["copy_to"]
    assert "_all_text_boost_2_0" in topics["properties"]["name"]["copy_to"]
    assert "edgengram" in topics["properties"]["name_edgengrams"]["analyzer"]
    document = mapping.get_document(_course())
    assert document[mapping.get_field_column_name(_field(CoursePage, "author_names"))] == ""


def _field(model, name):
    return next(f for f in model.get_search_fields() if f.field_name == name)


def _course():
    return CoursePage(title="Pivot", summary="s", content_language="nl", region="benelux", body=[])


def _query(backend, queryset, text):
    return backend.query_compiler_class(queryset, PlainText(text)).get_query()


@pytest.mark.django_db
def test_query_body_filters_language_and_live(backend):
    body = _query(backend, CoursePage.objects.live().filter(content_language="nl"), "pivot")
    text = repr(body)
    assert "pivot" in text
    assert "_all_text_boost_2_0^2.0" in text and "_all_text_boost_1_5^1.5" in text
    assert "content_language_filter" in text and "'nl'" in text
    assert "live_filter" in text


@pytest.mark.django_db
def test_view_restrictions_become_path_filters_in_the_query(backend, home, make_user):
    private = InfoPage(title="Private")
    home.add_child(instance=private)
    PageViewRestrictionFactory(page=private)
    request = RequestFactory().get("/search/")
    request.user = make_user("employee")
    request.session = {}

    queryset = Access(request).pages(CoursePage.objects.all())
    body = repr(_query(backend, queryset, "pivot"))

    assert "path_filter" in body and private.path in body
    assert "prefix" in body


@pytest.mark.django_db
def test_anonymous_access_hides_login_restricted(home):
    page = InfoPage(title="Members")
    home.add_child(instance=page)
    PageViewRestrictionFactory(page=page, restriction_type="login")
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    request.session = {}
    assert Access(request).blocked_page_paths == [page.path]


@pytest.mark.search_live
@pytest.mark.django_db
def test_live_cluster_finds_a_published_course(live_search):
    CourseFactory(title="Forklift safety", topics=["Warehouse"])
    call_command("update_index", verbosity=0)
    live_search.indices.refresh(index="_all")

    assert [c.title for c in CoursePage.objects.live().search("forklift")] == ["Forklift safety"]
