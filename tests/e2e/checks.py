"""Checks every browser test runs on the pages it visits: accessibility (axe), the
Content-Security-Policy and script errors, and horizontal scrolling on a phone."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING_IMPACTS = {"serious", "critical"}
MAX_NODES_LISTED = 5

_axe = Axe()

# Runs in every page before the page's own scripts. The hub's CSP allows no inline
# script, but init scripts are injected by the browser itself and are exempt.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__reportCspViolation({
    page: document.location.pathname,
    directive: event.violatedDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
    line: event.lineNumber,
    sample: event.sample,
  });
});
"""

# securitypolicyviolation events are dispatched in a task of their own; waiting for
# one turn of the event loop lets any that are queued reach Python first.
NEXT_TASK = "() => new Promise((resolve) => setTimeout(resolve, 0))"


def _target(node):
    # Targets inside a shadow root come as a list: host selector, then inner selector.
    return " >> ".join(str(part) for part in node["target"]) if node["target"] else node["html"]


def format_violations(violations):
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>"
        )
        for node in violation["nodes"][:MAX_NODES_LISTED]:
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"    at {_target(node)}: {summary}")
        if len(violation["nodes"]) > MAX_NODES_LISTED:
            lines.append(f"    ... and {len(violation['nodes']) - MAX_NODES_LISTED} more")
    return "\n".join(lines)


# Wagtail's userbar, on the pages of people who may edit, runs axe itself once it has
# loaded and then fills in its issue counts. Two runs at once make one of them throw
# "Axe is already running", so ours waits for the userbar's to finish.
USERBAR_CHECKED = """() => {
  if (!document.getElementById("wagtail-userbar-template")) return true;
  const root = document.querySelector("wagtail-userbar")?.shadowRoot;
  if (!root) return false;
  return [...root.querySelectorAll("[data-content-checker-count]")].every((el) => el.textContent !== "");
}"""


def assert_accessible(page):
    """No axe violation of impact serious or critical on the page as it is now."""
    page.wait_for_function(USERBAR_CHECKED)
    results = _axe.run(page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe found serious/critical problems on {page.url}:\n{format_violations(blocking)}"


class BrowserProblems:
    """Collects, for every page of a browser context, CSP violations (both the
    ``securitypolicyviolation`` DOM events and Chromium's console reports of them),
    other console errors (e.g. a stylesheet that failed to load) and uncaught script
    errors."""

    def __init__(self, context):
        self.csp_violations = []
        self.console_errors = []
        self.script_errors = []
        context.expose_function("__reportCspViolation", self._on_csp_violation)
        context.add_init_script(CSP_LISTENER)
        context.on("console", self._on_console)
        context.on("weberror", lambda error: self.script_errors.append(str(error.error)))

    def _on_csp_violation(self, violation):
        self.csp_violations.append(violation)

    def _on_console(self, message):
        if message.type == "error":
            where = message.page.url if message.page else "?"
            self.console_errors.append(f"{where}: {message.text}")

    def assert_none(self, page):
        page.evaluate(NEXT_TASK)
        problems = []
        if self.csp_violations:
            problems.append("Content-Security-Policy violations:")
            problems.extend(f"  {violation}" for violation in self.csp_violations)
        if self.console_errors:
            problems.append("Console errors:")
            problems.extend(f"  {error}" for error in self.console_errors)
        if self.script_errors:
            problems.append("Uncaught script errors:")
            problems.extend(f"  {error}" for error in self.script_errors)
        assert not problems, "\n".join(problems)


def horizontal_overflow(page):
    """How much wider than the viewport the page is, and the elements sticking out.

    The layout viewport's width (``clientWidth``), not ``innerWidth``: a phone zooms
    out to show content that is too wide, and ``innerWidth`` then grows with it."""
    return page.evaluate(
        """() => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.body.querySelectorAll("*")]
            .filter((el) => el.getBoundingClientRect().right > width + 0.5)
            .slice(0, 10)
            .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") || ""}`);
          return {scrollWidth: document.documentElement.scrollWidth, viewport: width, wide};
        }"""
    )


def assert_no_horizontal_scroll(page):
    overflow = horizontal_overflow(page)
    assert overflow["scrollWidth"] <= overflow["viewport"], (
        f"{page.url} scrolls sideways: {overflow['scrollWidth']}px of content in a "
        f"{overflow['viewport']}px viewport; too wide: {overflow['wide']}"
    )


def assert_fits(page, selector):
    """Every element matching ``selector`` ends inside the layout viewport. For content
    that a container clips, where the page itself does not scroll sideways."""
    too_wide = page.evaluate(
        """(selector) => {
          const width = document.documentElement.clientWidth;
          return [...document.querySelectorAll(selector)]
            .map((el) => [el.id || el.tagName, Math.round(el.getBoundingClientRect().right)])
            .filter(([, right]) => right > width + 0.5);
        }""",
        selector,
    )
    assert not too_wide, f"{page.url}: {selector!r} past the viewport's right edge: {too_wide}"


# The focused element's outline, and the first opaque background behind it: with an
# outline offset the ring is drawn on the parent's background, not the element's.
FOCUS_RING = r"""() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  let background = "rgb(255, 255, 255)";
  for (let node = element.parentElement; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (color !== "rgba(0, 0, 0, 0)" && color !== "transparent") { background = color; break; }
  }
  return {
    element: element.outerHTML.replace(/\s+/g, " ").slice(0, 80),
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    color: style.outlineColor,
    background,
  };
}"""


def _luminance(css_rgb):
    red, green, blue = (int(part) / 255 for part in css_rgb[css_rgb.index("(") + 1 : -1].split(",")[:3])
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(css_rgb_a, css_rgb_b):
    """WCAG contrast ratio of two computed colours, e.g. "rgb(26, 79, 208)"."""
    lighter, darker = sorted((_luminance(css_rgb_a), _luminance(css_rgb_b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def focus_ring_problem(page):
    """None if the focused element shows a ring of 2px or more with at least 3:1
    contrast against what surrounds it (WCAG 2.2 non-text contrast), else why not."""
    ring = page.evaluate(FOCUS_RING)
    if ring["style"] == "none" or ring["width"] < 2:
        return f"{ring['element']}: no focus ring ({ring['style']} {ring['width']}px)"
    ratio = contrast_ratio(ring["color"], ring["background"])
    if ratio < 3:
        return f"{ring['element']}: focus ring {ring['color']} on {ring['background']} is {ratio:.1f}:1"
    return None
