"""The checks themselves: an accessibility or CSP check that could never fail would
prove nothing about the pages that pass it."""

import pytest

from .checks import assert_accessible
from .pages import SignInPage

IMAGE_WITHOUT_ALT = """() => {
  const image = document.createElement("img");
  image.src = "/static/img/logo.svg";
  document.querySelector("main").append(image);
}"""
INLINE_SCRIPT = """() => {
  const script = document.createElement("script");
  script.textContent = "window.inlineScriptRan = true";
  document.body.append(script);
  return window.inlineScriptRan === true;
}"""


def test_the_checks_report_what_they_find(page_and_problems):
    page, problems = page_and_problems
    SignInPage(page).open().expect_loaded()

    page.evaluate(IMAGE_WITHOUT_ALT)
    with pytest.raises(AssertionError) as axe_failure:
        assert_accessible(page)
    ran = page.evaluate(INLINE_SCRIPT)
    with pytest.raises(AssertionError) as csp_failure:
        problems.assert_none(page)

    # Actionable messages: the rule, its impact and where the offending element is.
    assert "image-alt (critical)" in str(axe_failure.value)
    assert "main > img" in str(axe_failure.value)
    assert ran is False, "the hub's CSP let an inline script run"
    assert "'directive': 'script-src-elem'" in str(csp_failure.value)
