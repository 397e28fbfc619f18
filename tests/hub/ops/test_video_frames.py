"""Embedded videos: a page with one lets its player's frames through its Content-
Security-Policy, from the approved hosts only (HUB_VIDEO_HOSTS); every other page keeps
frames to the hub itself. The embed comes from Wagtail's embed cache, as once fetched."""

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

VIDEO = "https://www.youtube.com/watch?v=pivot123"

pytestmark = pytest.mark.django_db


def cached_embed(url, src):
    return Embed.objects.create(
        url=url,
        hash=get_embed_hash(url),
        type="video",
        html=f'<iframe src="{src}" title="Pivot tables in five minutes"></iframe>',
    )


def video_course(make_course, url=VIDEO):
    return make_course(
        title="Pivot tables",
        body=[("video", {"url": url, "title": "Pivot tables in five minutes", "transcript": ""})],
    )


def frame_src(response):
    policy = response["Content-Security-Policy"]
    return next(part.strip() for part in policy.split(";") if part.strip().startswith("frame-src"))


def test_a_page_with_a_video_allows_the_approved_players_only(client_as, make_course, settings):
    settings.HUB_VIDEO_HOSTS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
    cached_embed(VIDEO, "https://www.youtube-nocookie.com/embed/pivot123")
    client = client_as("employee")

    with_video = client.get(video_course(make_course).url)
    without = client.get(make_course(title="Plain").url)

    assert 'src="https://www.youtube-nocookie.com/embed/pivot123"' in with_video.content.decode()
    assert (
        frame_src(with_video) == "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com"
    )
    assert frame_src(without) == "frame-src 'self'"


def test_with_no_approved_hosts_the_video_is_a_link(client_as, make_course, settings):
    settings.HUB_VIDEO_HOSTS = []
    cached_embed(VIDEO, "https://www.youtube-nocookie.com/embed/pivot123")

    page = client_as("employee").get(video_course(make_course).url)

    assert frame_src(page) == "frame-src 'self'"
    assert f'<a href="{VIDEO}">Watch “Pivot tables in five minutes”</a>' in page.content.decode()
