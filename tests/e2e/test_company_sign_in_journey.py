"""Company sign-in in a real browser, through a real OpenID provider on 127.0.0.1
(tests/oidc_provider/): no hub password, and the person lands with their details and
role filled in from the directory."""

import re

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from hub.accounts.roles import EMPLOYEE, MODERATOR

from .checks import assert_accessible
from .pages import SignInPage


def test_a_colleague_signs_in_through_the_company_without_a_hub_password(
    page_and_problems, live_server, company_sign_in, screenshots
):
    page, problems = page_and_problems
    company_sign_in.allow_redirect(f"{live_server.url}/accounts/oidc/callback/")
    company_sign_in.people(
        {
            "noor": {
                "given_name": "Noor",
                "family_name": "Bakker",
                "email": "noor.bakker@example.com",
                "department": "Learning & Development",
                "region": "Benelux",
                "job_title": "Learning consultant",
                "locale": "en-GB",
                "groups": ["lnd-team"],
            }
        }
    )

    page.goto("/contact/")
    sign_in_page = SignInPage(page).expect_loaded()
    expect(sign_in_page.company_sign_in).to_have_text("Sign in with your company account")
    assert_accessible(page)
    page.screenshot(path=screenshots / "sign-in-company.png", full_page=True)
    sign_in_page.company_sign_in.click()

    # The provider's own sign-in page.
    expect(page).to_have_url(
        re.compile(rf"^{re.escape(company_sign_in.issuer.removesuffix('/o'))}/accounts/login/")
    )
    page.get_by_label("Username").fill("noor")
    page.get_by_label("Password").fill(company_sign_in.password)
    page.get_by_role("button", name="Continue").click()

    expect(page).to_have_url(f"{live_server.url}/contact/")
    expect(page.get_by_role("button", name=re.compile("Sign out Noor"))).to_be_visible()
    problems.assert_none(page)
    noor = get_user_model().objects.get(email="noor.bakker@example.com")
    assert not noor.has_usable_password()
    assert (noor.details.department, noor.details.region) == ("Learning & Development", "Benelux")
    assert set(noor.groups.values_list("name", flat=True)) == {EMPLOYEE, MODERATOR}
