"""What people plugs into the hub: the Experts section, "My profile" in the header,
profile links on credit lines, the home panels and the demo seeder."""

import datetime

import pytest
from django.utils import timezone

from hub import hooks
from hub.contributions.experts import profile_urls
from hub.contributions.sources import Figures
from hub.demo.seeders import demo_seeders
from hub.home.models import HomePage
from people.models import ExpertProfilePage, Kudos, PeopleSettings

pytestmark = pytest.mark.django_db


def test_experts_section_is_in_the_navigation(client_as):
    assert "experts" in [section.key for section in hooks.collect(hooks.SECTIONS)]
    html = client_as("employee").get("/").content.decode()
    assert '<a href="/experts/">Experts</a>' in html


def test_profile_links_point_credit_lines_at_listed_profiles(make_user, make_profile):
    listed = make_profile(make_user("expert", username="ann"))
    closed_user = make_user("expert", username="gone")
    make_profile(closed_user)
    closed_user.is_active = False
    closed_user.save()
    no_profile = make_user("expert", username="bob")

    urls = profile_urls([listed.user, closed_user, no_profile, None])

    assert urls == {listed.user_id: "/experts/ann/"}


def test_credit_line_on_a_page_links_to_the_profile(make_user, make_profile):
    from hub.templatetags.hub_tags import credits

    ann = make_user("expert", username="ann", first_name="Ann", last_name="Smit")
    make_profile(ann)
    assert credits([ann, None]) == [
        {"name": "Ann Smit", "url": "/experts/ann/", "photo": None},
        {"name": "Former colleague", "url": None, "photo": None},
    ]


def test_my_profile_in_the_header(client_as, make_user, make_profile):
    # An expert without a profile is offered to create one.
    assert '<a href="/experts/me/">My profile</a>' in client_as("expert").get("/").content.decode()
    # With a profile, the link goes to it.
    make_profile(make_user("expert", username="ann"))
    assert (
        '<a href="/experts/ann/">My profile</a>'
        in client_as("expert", username="ann").get("/").content.decode()
    )
    # Employees have no profile and get no link.
    assert "My profile" not in client_as("employee").get("/").content.decode()


def test_home_shows_the_most_recent_contributor_and_new_contributors(
    client_as, make_user, make_profile, contribution_source
):
    now = timezone.now()
    veteran = make_profile(make_user("expert", username="vet", first_name="Vera", last_name="Veteran"))
    newcomer = make_profile(make_user("expert", username="new", first_name="Nina", last_name="New"))
    contribution_source(
        {
            veteran.user_id: Figures(contributions=5, latest=now, since=now - datetime.timedelta(days=400)),
            newcomer.user_id: Figures(contributions=1, latest=now - datetime.timedelta(hours=1), since=now),
        }
    )
    response = client_as("employee").get("/")
    context = response.context
    assert context["spotlight"].pk == veteran.pk
    assert [p.pk for p in context["new_contributors"]] == [newcomer.pk]
    html = response.content.decode()
    assert "In the spotlight" in html and "New contributors this month" in html


def test_the_spotlight_is_not_listed_again_among_new_contributors(
    client_as, make_user, make_profile, contribution_source
):
    now = timezone.now()
    first = make_profile(make_user("expert", username="first", first_name="Fenna", last_name="First"))
    second = make_profile(make_user("expert", username="second", first_name="Sam", last_name="Second"))
    contribution_source(
        {
            first.user_id: Figures(contributions=1, latest=now, since=now),
            second.user_id: Figures(contributions=1, latest=now - datetime.timedelta(hours=2), since=now),
        }
    )

    response = client_as("employee").get("/")

    assert response.context["spotlight"].pk == first.pk
    assert [p.pk for p in response.context["new_contributors"]] == [second.pk]
    assert response.content.decode().count("Fenna First</a></h4>") == 1


def test_moderators_choose_the_spotlight(client_as, make_user, make_profile, contribution_source, home):
    chosen = make_profile(make_user("expert", username="pick", first_name="Pia", last_name="Picked"))
    busy = make_profile(make_user("expert", username="busy"))
    contribution_source({busy.user_id: Figures(contributions=9, latest=timezone.now())})
    employee = client_as("employee")
    # Seen before the choice (the home panels are cached then), the choice shows at once.
    assert employee.get("/").context["spotlight"].pk == busy.pk
    setting = PeopleSettings.for_site(home.get_site())
    setting.spotlight = chosen
    setting.spotlight_note = "Wrote our onboarding series"
    setting.save()

    response = employee.get("/")

    assert response.context["spotlight"].pk == chosen.pk
    assert "Wrote our onboarding series" in response.content.decode()
    # A chosen expert whose account closed falls back to the most recent contributor.
    chosen.user.is_active = False
    chosen.user.save()
    assert client_as("employee", username="other").get("/").context["spotlight"].pk == busy.pk


def test_moderators_may_change_the_spotlight_setting(client_as, home):
    response = client_as("moderator").get(f"/admin/settings/people/peoplesettings/{home.get_site().pk}/")
    assert response.status_code == 200


def test_home_without_experts_says_what_to_do(client_as):
    assert "No expert has shared anything yet" in client_as("employee").get("/").content.decode()


def test_home_queries_do_not_grow_with_experts(client_as, make_user, make_profile, contribution_source):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    now = timezone.now()
    figures = {}
    contribution_source(figures)
    client = client_as("employee")
    counts = []
    for start, end in ((0, 3), (3, 15)):
        for n in range(start, end):
            profile = make_profile(make_user("expert", username=f"e{n}"), expertise=["Excel"])
            figures[profile.user_id] = Figures(contributions=1, latest=now, since=now)
        client.get("/")  # warm the per-process caches (content types, site)
        cache.clear()  # the shared home panels would hide their queries
        with CaptureQueriesContext(connection) as captured:
            client.get("/")
        counts.append(len(captured))
    assert counts[0] == counts[1], counts


def test_demo_seeder_makes_profiles_and_is_safe_to_rerun(make_user):
    from hub.demo.users import ensure_demo_users

    ensure_demo_users(password="demo-password")
    home = HomePage.objects.get(depth=2, locale__language_code="en")
    seeder = next(seeder for seeder in demo_seeders() if seeder.key == "experts")

    assert seeder.seed(home) > 0
    assert seeder.seed(home) == 0
    assert ExpertProfilePage.objects.filter(user__username="expert", live=True).exists()
    assert Kudos.objects.filter(recipient__username="expert").count() == 1
