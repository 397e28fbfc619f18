"""Sign-in throttling: per account from an address, per address across accounts, and
the client's address read correctly behind the configured proxies."""

import re

import pytest

pytestmark = pytest.mark.django_db

RIGHT = "correct-horse-battery"


def attempt(client, username, password="wrong", **headers):
    return client.post("/accounts/login/", {"username": username, "password": password}, **headers)


@pytest.fixture
def colleagues(make_user):
    return [make_user("employee", username=f"colleague{number}") for number in range(10)]


def test_spraying_a_few_guesses_across_many_accounts_is_blocked(client, colleagues, settings):
    # 40 guesses over 10 accounts: 4 each, under the per-account limit of 5.
    answers = [attempt(client, user.username).status_code for _ in range(4) for user in colleagues]

    # The failure that reaches the limit is answered with the lock already.
    limit = settings.HUB_ADDRESS_FAILURE_LIMIT
    assert answers[: limit - 1] == [200] * (limit - 1)
    assert set(answers[limit - 1 :]) == {429}
    # While the address is locked, even a right password from it is refused.
    assert attempt(client, "colleague0", RIGHT).status_code == 429


def test_a_known_password_does_not_wipe_the_addresses_count(client, colleagues, settings):
    for user in colleagues[1:6]:
        for _ in range(3):
            attempt(client, user.username)
    attempt(client, "colleague0", RIGHT)
    client.logout()

    for user in colleagues[6:]:
        assert attempt(client, user.username).status_code == 200

    # 15 + 4 failures, then the 20th: locked, though colleague0 signed in in between.
    assert attempt(client, "colleague9").status_code == 429


def test_one_locked_account_does_not_lock_its_colleagues_at_the_same_address(client, colleagues, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "colleague0")

    assert attempt(client, "colleague0", RIGHT).status_code == 429
    assert attempt(client, "colleague1", RIGHT).status_code == 302


def test_the_locked_out_page_says_when_to_try_again(client, colleagues, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "colleague0")

    page = attempt(client, "colleague0").content.decode()

    assert "paused for 15 minutes" in page
    assert re.search(r"You can try again after \d\d:\d\d\.", page)


def test_behind_a_load_balancer_each_colleague_counts_under_their_own_address(client, colleagues, settings):
    settings.HUB_TRUSTED_PROXIES = 1
    balancer = {"REMOTE_ADDR": "10.0.0.2"}
    # Someone at 192.0.2.7 locks their own attempts at colleague0's account...
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "colleague0", HTTP_X_FORWARDED_FOR="192.0.2.7", **balancer)
    assert (
        attempt(client, "colleague0", RIGHT, HTTP_X_FORWARDED_FOR="192.0.2.7", **balancer).status_code == 429
    )

    # ...but colleague0 at her own desk, through the same balancer, still gets in.
    response = attempt(client, "colleague0", RIGHT, HTTP_X_FORWARDED_FOR="198.51.100.4", **balancer)

    assert response.status_code == 302


def test_an_address_made_up_by_the_client_is_not_believed(client, colleagues, settings):
    settings.HUB_TRUSTED_PROXIES = 1
    # The attacker writes a new address into X-Forwarded-For each time; the balancer
    # appends the real one, and that one is counted.
    for number in range(settings.AXES_FAILURE_LIMIT):
        attempt(
            client,
            "colleague0",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}, 192.0.2.7",
            REMOTE_ADDR="10.0.0.2",
        )

    response = attempt(
        client, "colleague0", RIGHT, HTTP_X_FORWARDED_FOR="203.0.113.99, 192.0.2.7", REMOTE_ADDR="10.0.0.2"
    )

    assert response.status_code == 429


@pytest.mark.parametrize("forwarded", ["", "not-an-address"])
def test_a_request_that_bypassed_the_balancer_counts_under_the_connecting_address(
    client, colleagues, settings, forwarded
):
    settings.HUB_TRUSTED_PROXIES = 1
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "colleague0", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="192.0.2.50")

    assert attempt(client, "colleague0", RIGHT, REMOTE_ADDR="192.0.2.50").status_code == 429
