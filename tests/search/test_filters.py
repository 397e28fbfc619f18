"""The hub's one rule for filters (hub/content/filters.py) on the results page: the
filters in use are removable chips; a value that is not one of the choices is dropped,
named on the page, and the results are shown without it."""

from urllib.parse import urlencode

import pytest

from search.models import QueryLog
from tests.factories import TopicFactory
from tests.search.conftest import result_titles


@pytest.fixture
def excel_courses(make_course, make_info_page):
    make_course(title="Excel one", content_language="en", region="benelux", topics=["Excel"])
    make_course(title="Excel twee", content_language="nl", region="benelux", topics=["Excel", "Data"])
    make_course(title="Excel three", content_language="en", region="emea", topics=["Data"])
    make_info_page("Excel help desk")


@pytest.mark.django_db
def test_the_filters_in_use_are_chips_that_remove_them(search, excel_courses):
    response = search("excel", type="courses", topic="excel", language="nl")

    assert result_titles(response) == ["Excel twee"]
    html = response.content.decode()
    chips = [
        ("?q=excel&amp;topic=excel&amp;language=nl", "Type: Courses"),
        ("?q=excel&amp;type=courses&amp;language=nl", "Topic: Excel"),
        ("?q=excel&amp;type=courses&amp;topic=excel", "Language: Dutch"),
    ]
    for url, text in chips:
        assert f'<a class="chip" href="{url}">{text} <span aria-hidden="true">×</span>' in html
    assert "We ignored" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, value, label",
    [
        ("type", "nonsense", "Type"),
        ("type", "<b>nope</b>", "Type"),
        ("language", "xx", "Language"),
        ("region", "mars", "Region"),
        ("topic", "nobody-uses-this", "Topic"),
        ("topic", "orphan", "Topic"),  # a topic nothing is tagged with any more
    ],
)
def test_an_unknown_value_is_dropped_and_named(search, excel_courses, name, value, label):
    TopicFactory(name="Orphan")
    unfiltered = search("excel")

    response = search("excel", **{name: value})

    assert result_titles(response) == result_titles(unfiltered)
    assert len(result_titles(response)) == 4
    results = response.context["results"]
    assert getattr(results.filters, name) == ""
    assert results.counts == unfiltered.context["results"].counts
    html = response.content.decode()
    shown_value = value.replace("<", "&lt;").replace(">", "&gt;")
    assert f"We ignored {label} “{shown_value}”: it is not one of the choices." in html
    assert 'class="chip"' not in html
    # No link of the search carries the value on, nor the sort form.
    context = response.context
    urls = [link.url for link in context["links"].types]
    for facet in context["links"].facets:
        urls += [facet.clear_url, *(option.url for option in facet.options)]
    assert urls and not [url for url in urls if urlencode({name: value}) in url]
    assert f'name="{name}" value=' not in html


@pytest.mark.django_db
def test_a_search_whose_only_filter_was_dropped_counts_as_a_search(search, excel_courses):
    search("excel", language="xx")

    assert QueryLog.objects.get().hits == 4


@pytest.mark.django_db
def test_facet_links_change_one_filter_from_the_first_page(search, excel_courses):
    response = search("excel", sort="newest", page="1", region="benelux")

    facets = {facet.name: facet for facet in response.context["links"].facets}
    language = {option.label: option.url for option in facets["language"].options}
    assert language == {
        "English": "?q=excel&sort=newest&region=benelux&language=en",
        "Dutch": "?q=excel&sort=newest&region=benelux&language=nl",
    }
    assert facets["region"].clear_url == "?q=excel&sort=newest"
    assert [(option.label, option.current) for option in facets["region"].options] == [("Benelux", True)]
    types = {link.label: link.url for link in response.context["links"].types}
    assert types["All results"] == "?q=excel&sort=newest&region=benelux"
    assert types["Courses"] == "?q=excel&sort=newest&region=benelux&type=courses"
