"""Whether one person may open one page: the check for a page named outside Wagtail's
own serving (a learning request's answer, a time report's course). Lists use
``.live().public()`` instead, which leaves restricted pages out for everyone."""


def may_view(request, page):
    """``page`` is live and ``request`` passes every view restriction on it and its
    ancestors, as Wagtail checks before serving it."""
    return (
        page is not None
        and page.live
        and all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
    )
