"""Provisioning with SCIM 2.0 at /scim/v2/: the request sequences Entra ID and Okta send
(create, update, deactivate, delete, group membership), against the real views and
database; bad tokens and bad payloads get 4xx answers with SCIM error bodies."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from hub.accounts.models import DirectoryGroup
from hub.accounts.roles import EMPLOYEE, EXPERT, MODERATOR
from hub.authoring.review import reminder_recipients

pytestmark = pytest.mark.django_db

TOKEN = "a-long-random-provisioning-token"
SCIM = "application/scim+json"
USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"


class Directory:
    """A test client that calls /scim/v2/ as the identity provider does."""

    def __init__(self, token=TOKEN):
        self.client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")

    def call(self, method, path, body=None, raw=None):
        data = raw if raw is not None else (json.dumps(body) if body is not None else "")
        response = getattr(self.client, method)(f"/scim/v2/{path}", data=data, content_type=SCIM)
        response.json_body = json.loads(response.content) if response.content else None
        return response

    def patch(self, path, *operations):
        return self.call("patch", path, {"schemas": [PATCH_SCHEMA], "Operations": list(operations)})


@pytest.fixture
def directory(settings):
    settings.SCIM_TOKEN = TOKEN
    settings.OIDC_ROLE_MAP = {"lnd-team": MODERATOR}
    return Directory()


ENTRA_EVA = {
    "schemas": [USER_SCHEMA, ENTERPRISE],
    "externalId": "evdv",
    "userName": "eva.devries@contoso.com",
    "active": True,
    "displayName": "Eva de Vries",
    "emails": [{"primary": True, "type": "work", "value": "eva.devries@contoso.com"}],
    "name": {"formatted": "Eva de Vries", "familyName": "de Vries", "givenName": "Eva"},
    "title": "Team lead",
    "preferredLanguage": "nl-NL",
    "addresses": [{"type": "work", "region": "Benelux", "country": "NL"}],
    ENTERPRISE: {"department": "Customer service", "manager": {"value": "m1"}},
}


def user_named(username):
    return get_user_model().objects.get(username=username)


def roles(user):
    return set(user.groups.values_list("name", flat=True))


# -- Entra ID -------------------------------------------------------------------------------
def test_entra_creates_a_person_after_finding_nobody(directory):
    found = directory.call("get", 'Users?filter=userName eq "eva.devries@contoso.com"')
    assert found.status_code == 200
    assert found.json_body["totalResults"] == 0

    created = directory.call("post", "Users", ENTRA_EVA)

    assert created.status_code == 201
    assert created["Content-Type"] == SCIM
    body = created.json_body
    assert body["userName"] == "eva.devries@contoso.com"
    assert body["externalId"] == "evdv"
    assert body[ENTERPRISE]["department"] == "Customer service"
    assert created["Location"].endswith(f"/scim/v2/Users/{body['id']}")
    eva = user_named("eva.devries@contoso.com")
    assert str(eva.pk) == body["id"]
    assert (eva.first_name, eva.last_name, eva.email, eva.is_active) == (
        "Eva",
        "de Vries",
        "eva.devries@contoso.com",
        True,
    )
    assert (eva.details.department, eva.details.region, eva.details.job_title, eva.details.language) == (
        "Customer service",
        "Benelux",
        "Team lead",
        "nl",
    )
    assert not eva.has_usable_password()
    assert roles(eva) == {EMPLOYEE}
    assert directory.call("get", f"Users/{eva.pk}").json_body["name"]["givenName"] == "Eva"
    again = directory.call("get", 'Users?filter=userName eq "eva.devries@contoso.com"')
    assert [resource["id"] for resource in again.json_body["Resources"]] == [body["id"]]


def test_entra_patches_attributes(directory):
    eva_id = directory.call("post", "Users", ENTRA_EVA).json_body["id"]

    response = directory.patch(
        f"Users/{eva_id}",
        {"op": "Replace", "path": "title", "value": "Manager"},
        {"op": "Add", "path": f"{ENTERPRISE}:department", "value": "Finance"},
        {"op": "Replace", "path": 'emails[type eq "work"].value', "value": "eva.jansen@contoso.com"},
        {"op": "Replace", "path": "name.familyName", "value": "Jansen"},
        {"op": "Add", "path": 'phoneNumbers[type eq "work"].value', "value": "+31 20 000 0000"},
    )

    assert response.status_code == 200
    eva = user_named("eva.devries@contoso.com")
    assert (eva.last_name, eva.email, eva.details.job_title, eva.details.department) == (
        "Jansen",
        "eva.jansen@contoso.com",
        "Manager",
        "Finance",
    )


def test_entra_deactivates_with_a_string_and_the_person_is_signed_out_everywhere(
    directory, client, make_profile
):
    eva_id = directory.call("post", "Users", ENTRA_EVA).json_body["id"]
    eva = user_named("eva.devries@contoso.com")
    eva.groups.add(eva.groups.model.objects.get(name=EXPERT))
    profile = make_profile(eva, slug="eva-de-vries")
    client.force_login(eva)
    assert client.get("/contact/").status_code == 200

    response = directory.patch(f"Users/{eva_id}", {"op": "Replace", "path": "active", "value": "False"})

    assert response.status_code == 200
    assert response.json_body["active"] is False
    after = client.get("/contact/")
    assert after.status_code == 302  # her session no longer signs her in
    assert not after.wsgi_request.user.is_authenticated
    profile.refresh_from_db()
    assert not profile.live
    # Nor does it when the directory turns her account on again: she signs in anew.
    directory.patch(f"Users/{eva_id}", {"op": "Replace", "path": "active", "value": "True"})
    assert client.get("/contact/").status_code == 302


def test_entra_deletes_a_person_whose_content_stays_credited(directory, make_course, make_user):
    eva_id = directory.call("post", "Users", ENTRA_EVA).json_body["id"]
    eva = user_named("eva.devries@contoso.com")
    colleague = make_user("expert", username="colleague", email="colleague@example.com")
    course = make_course(title="Handling complaints", owner=eva)
    course.co_authors.create(user=colleague)

    assert directory.call("delete", f"Users/{eva_id}").status_code == 204

    assert directory.call("get", f"Users/{eva_id}").status_code == 404
    assert (
        directory.call("get", 'Users?filter=userName eq "eva.devries@contoso.com"').json_body["totalResults"]
        == 0
    )
    eva.refresh_from_db()
    assert not eva.is_active
    course.refresh_from_db()
    assert course.owner == eva
    # Her review reminders go to the next in line.
    assert reminder_recipients(course) == [colleague]


def test_someone_the_directory_removed_comes_back_to_their_old_account(directory):
    eva_id = directory.call("post", "Users", ENTRA_EVA).json_body["id"]
    directory.call("delete", f"Users/{eva_id}")

    back = directory.call("post", "Users", ENTRA_EVA)

    assert back.status_code == 201
    assert back.json_body["id"] == eva_id
    assert back.json_body["active"] is True


def test_entra_group_membership_gives_and_takes_the_mapped_role(directory):
    eva_id = directory.call("post", "Users", ENTRA_EVA).json_body["id"]
    group = directory.call(
        "post",
        "Groups",
        {"schemas": [GROUP_SCHEMA], "externalId": "g1", "displayName": "lnd-team", "members": []},
    )
    assert group.status_code == 201
    group_id = group.json_body["id"]

    added = directory.patch(
        f"Groups/{group_id}", {"op": "Add", "path": "members", "value": [{"value": eva_id}]}
    )

    assert added.status_code == 200
    assert added.json_body["members"][0]["value"] == eva_id
    eva = user_named("eva.devries@contoso.com")
    assert roles(eva) == {EMPLOYEE, MODERATOR}
    assert directory.call("get", f"Users/{eva_id}").json_body["groups"][0]["display"] == "lnd-team"

    removed = directory.patch(
        f"Groups/{group_id}", {"op": "Remove", "path": "members", "value": [{"value": eva_id}]}
    )

    assert removed.status_code == 200
    assert roles(eva) == {EMPLOYEE}


# -- Okta -------------------------------------------------------------------------------------
OKTA_NOOR = {
    "schemas": [USER_SCHEMA],
    "userName": "noor.bakker@example.com",
    "name": {"givenName": "Noor", "familyName": "Bakker"},
    "emails": [{"primary": True, "value": "noor.bakker@example.com", "type": "work"}],
    "displayName": "Noor Bakker",
    "locale": "en-US",
    "externalId": "00u1abcd",
    "groups": [],
    "password": "ignored-by-the-hub",
    "active": True,
}


def test_okta_creates_updates_with_put_and_deactivates_and_reactivates(directory):
    search = directory.call(
        "get", 'Users?filter=userName eq "noor.bakker@example.com"&startIndex=1&count=100'
    )
    assert search.json_body["totalResults"] == 0
    noor_id = directory.call("post", "Users", OKTA_NOOR).json_body["id"]
    noor = user_named("noor.bakker@example.com")
    assert not noor.has_usable_password()  # a password sent along is not taken

    put = directory.call("put", f"Users/{noor_id}", {**OKTA_NOOR, "id": noor_id, "title": "Analyst"})
    assert put.status_code == 200
    noor.refresh_from_db()
    assert noor.details.job_title == "Analyst"

    off = directory.patch(f"Users/{noor_id}", {"op": "replace", "value": {"active": False}})
    assert off.status_code == 200
    noor.refresh_from_db()
    assert not noor.is_active

    on = directory.patch(f"Users/{noor_id}", {"op": "replace", "value": {"active": True}})
    assert on.json_body["active"] is True
    noor.refresh_from_db()
    assert noor.is_active


def test_okta_group_push_rename_and_member_removal(directory, make_user):
    noor_id = directory.call("post", "Users", OKTA_NOOR).json_body["id"]
    other = make_user("expert", username="other")
    group = directory.call(
        "post",
        "Groups",
        {
            "schemas": [GROUP_SCHEMA],
            "displayName": "lnd-team",
            "members": [{"value": noor_id, "display": "noor"}, {"value": str(other.pk)}],
        },
    ).json_body
    noor = user_named("noor.bakker@example.com")
    assert roles(noor) == {EMPLOYEE, MODERATOR}

    directory.patch(f"Groups/{group['id']}", {"op": "remove", "path": f'members[value eq "{noor_id}"]'})
    assert roles(noor) == {EMPLOYEE}
    assert roles(other) == {EMPLOYEE, EXPERT, MODERATOR}

    renamed = directory.patch(
        f"Groups/{group['id']}", {"op": "replace", "value": {"id": group["id"], "displayName": "all-staff"}}
    )
    assert renamed.json_body["displayName"] == "all-staff"
    # The group no longer gives the role: its remaining member loses it; the role an
    # administrator gave by hand (Expert) stays.
    assert roles(other) == {EMPLOYEE, EXPERT}
    assert directory.call("get", 'Groups?filter=displayName eq "all-staff"').json_body["totalResults"] == 1

    assert directory.call("delete", f"Groups/{group['id']}").status_code == 204
    assert not DirectoryGroup.objects.exists()


# -- refused ------------------------------------------------------------------------------------
@pytest.mark.parametrize("header", [None, "Bearer wrong-token", f"Basic {TOKEN}", "Bearer"])
def test_a_call_without_the_right_token_gets_401(directory, header):
    client = Client(HTTP_AUTHORIZATION=header) if header else Client()

    response = client.get("/scim/v2/Users")

    assert response.status_code == 401
    assert json.loads(response.content)["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_without_a_token_configured_nobody_may_call(settings):
    settings.SCIM_TOKEN = ""

    assert Directory(token="").call("get", "Users").status_code == 401


@pytest.mark.parametrize(
    ("method", "path", "raw", "status"),
    [
        ("post", "Users", "{not json", 400),
        ("post", "Users", "[1, 2]", 400),
        ("post", "Users", b"\xff\xfe{}", 400),
        ("post", "Users", json.dumps({"userName": ""}), 400),
        ("post", "Users", json.dumps({"userName": "x", "name": "Eva"}), 400),
        ("post", "Users", json.dumps({"userName": "x", "emails": "eva@example.com"}), 400),
        ("post", "Users", json.dumps({"userName": "x", "emails": [{"value": "not-an-address"}]}), 400),
        ("post", "Users", json.dumps({"userName": "x", "active": "maybe"}), 400),
        ("post", "Users", json.dumps({"userName": ["x"]}), 400),
        ("post", "Groups", json.dumps({"displayName": "g", "members": [{"value": "99999"}]}), 400),
        ("post", "Groups", json.dumps({"members": []}), 400),
        ("get", "Users/abc", None, 404),
        ("get", "Users/99999999999999999999999", None, 404),
        ("get", "Users?filter=userName eq", None, 400),
        ("get", "Users?filter=nonsense", None, 400),
    ],
)
def test_malformed_calls_get_a_scim_error_not_a_500(directory, method, path, raw, status):
    response = directory.call(method, path, raw=raw)

    assert response.status_code == status
    assert response.json_body["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
    assert response.json_body["status"] in (str(status), status)


@pytest.mark.parametrize(
    "operations",
    [
        "not a list",
        ["not an object"],
        [{"path": "active", "value": False}],
        [{"op": "explode", "path": "active", "value": False}],
        [{"op": "replace", "path": "active", "value": "maybe"}],
        [{"op": "replace", "value": "no path and no object"}],
        [{"op": "remove", "path": "userName"}],
        [{"op": "replace", "path": "[[[", "value": "x"}],
        [{"op": "replace", "path": 42, "value": "x"}],
    ],
)
def test_malformed_patches_change_nothing(directory, operations):
    eva_id = directory.call("post", "Users", ENTRA_EVA).json_body["id"]

    response = directory.call(
        "patch", f"Users/{eva_id}", {"schemas": [PATCH_SCHEMA], "Operations": operations}
    )

    assert response.status_code == 400
    assert response.json_body["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
    assert user_named("eva.devries@contoso.com").is_active


def test_a_taken_username_is_a_conflict(directory, make_user):
    make_user("employee", username="Eva.deVries@contoso.com")

    response = directory.call("post", "Users", ENTRA_EVA)

    assert response.status_code == 409
    assert response.json_body["scimType"] == "uniqueness"


def test_a_person_signed_in_through_the_company_is_locked_out_when_the_directory_deactivates_them(
    directory, client, company_sign_in
):
    eva_id = directory.call("post", "Users", ENTRA_EVA).json_body["id"]
    company_sign_in.people({"eva": {"email": "eva.devries@contoso.com", "given_name": "Eva", "locale": "en"}})
    company_sign_in.sign_in(client, "eva")
    assert int(client.session["_auth_user_id"]) == int(eva_id)  # the provisioned account

    directory.patch(f"Users/{eva_id}", {"op": "replace", "value": {"active": False}})

    assert not client.get("/contact/").wsgi_request.user.is_authenticated
    refused = company_sign_in.sign_in(client, "eva")
    assert refused.status_code == 403
    assert "Your account here is closed" in refused.content.decode()
