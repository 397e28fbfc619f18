"""An embedded video in a real browser: where the page's Content-Security-Policy allows
the video host the player shows in its frame; where it does not, the browser blocks the
frame and the link to the video is there instead. The "video host" is a second origin
on 127.0.0.1 (Python's http.server), as no machine here reaches YouTube or Vimeo."""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import expect
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from tests.factories import CourseFactory

from .demo import PASSWORD
from .pages import SignInPage

VIDEO = "https://www.youtube.com/watch?v=pivot123"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def video_host(tmp_path):
    (tmp_path / "player.html").write_text(
        '<!doctype html><html lang="en"><title>Player</title><p>Video player</p></html>'
    )
    (tmp_path / "favicon.ico").write_bytes(b"")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def video_course(hub_site, video_host):
    Embed.objects.create(
        url=VIDEO,
        hash=get_embed_hash(VIDEO),
        type="video",
        html=f'<iframe src="{video_host}/player.html" title="Pivot tables in five minutes"></iframe>',
    )
    return CourseFactory(
        title="Pivot tables",
        body=[("video", {"url": VIDEO, "title": "Pivot tables in five minutes", "transcript": ""})],
    )


def open_course(page, course):
    """Signed out, the course sends you to sign in, and back to it."""
    page.goto(course.url)
    SignInPage(page).expect_loaded().sign_in("employee", PASSWORD)
    expect(page.get_by_role("heading", name=course.title, level=1)).to_be_visible()


def test_an_approved_video_host_plays_in_its_frame(page_and_problems, video_course, video_host, settings):
    page, problems = page_and_problems
    settings.HUB_VIDEO_HOSTS = [video_host]

    open_course(page, video_course)

    player = page.frame_locator("iframe[title='Pivot tables in five minutes']")
    expect(player.get_by_text("Video player")).to_be_visible()
    expect(page.get_by_role("link", name="Watch “Pivot tables in five minutes”")).to_be_visible()
    problems.assert_none(page)


def test_a_host_that_is_not_approved_is_blocked_and_the_link_remains(
    page_and_problems, video_course, settings
):
    page, problems = page_and_problems
    settings.HUB_VIDEO_HOSTS = []

    open_course(page, video_course)

    expect(page.get_by_role("link", name="Watch “Pivot tables in five minutes”")).to_be_visible()
    page.wait_for_function("() => true")
    page.evaluate("() => new Promise((resolve) => setTimeout(resolve, 200))")
    assert [violation["directive"] for violation in problems.csp_violations] == ["frame-src"]
