"""Guidance pages and expert profiles in the one search."""

import pytest

from tests.search.conftest import result_titles


@pytest.mark.django_db
def test_guidance_and_experts_are_found_and_filtered_by_type(search, make_guidance, make_profile, make_user):
    make_guidance(title="How review works", summary="What happens after you submit a course.")
    make_profile(
        make_user("expert", username="ria", first_name="Ria", last_name="Koster"), expertise=["Review"]
    )

    response = search("review")

    counts = {t.key: count for t, count in response.context["results"].type_counts}
    assert counts["guidance"] == 1
    assert counts["experts"] == 1
    assert result_titles(search("review", type="experts")) == ["Ria Koster"]
    assert result_titles(search("review", type="guidance")) == ["How review works"]


@pytest.mark.django_db
def test_a_guidance_result_is_labelled_in_the_singular_in_dutch(client_as, make_guidance):
    make_guidance(title="How review works", summary="What happens after you submit a course.")

    html = client_as("employee").get("/search/", {"q": "review"}, HTTP_ACCEPT_LANGUAGE="nl").content.decode()

    assert '<span class="search-result__type">Handleiding</span>' in html
    assert "Handleidingen" in html  # the type filter names them all


@pytest.mark.django_db
def test_an_experts_name_finds_their_profile_first(search, make_course, make_profile, make_user):
    ria = make_user("expert", username="ria", first_name="Ria", last_name="Koster")
    make_course(title="Stock counts", summary="Count the stock.", owner=ria)
    make_profile(ria, expertise=["Warehouse"])

    titles = result_titles(search("Koster"))

    assert titles[0] == "Ria Koster"
    assert "Stock counts" in titles


@pytest.mark.django_db
def test_unpublished_profiles_and_draft_guidance_stay_hidden(search, make_guidance, make_profile, make_user):
    hidden = make_profile(make_user("expert", username="ria", first_name="Ria", last_name="Hidden"))
    hidden.unpublish()
    draft = make_guidance(title="Hidden draft guide")
    draft.unpublish()

    assert result_titles(search("Hidden")) == []
