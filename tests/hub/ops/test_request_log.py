"""One log line per request with its id, user and timing; the id honoured from
X-Request-ID or made, echoed in the response, and on every log line of the request;
LOG_FORMAT=json writes each line as JSON (the formatter of settings.LOGGING)."""

import copy
import io
import json
import logging
from logging.config import DictConfigurator

import pytest
from django.conf import settings

from hub.ops.requestlog import RequestIdFilter


@pytest.fixture
def json_lines():
    """What settings.LOGGING's JSON formatter writes for hub.request and django.request."""
    stream = io.StringIO()
    configurator = DictConfigurator(copy.deepcopy(settings.LOGGING))
    handler = logging.StreamHandler(stream)
    handler.setFormatter(
        configurator.configure_formatter(copy.deepcopy(settings.LOGGING["formatters"]["json"]))
    )
    handler.addFilter(RequestIdFilter())
    loggers = [logging.getLogger("hub.request"), logging.getLogger("django.request")]
    for logger in loggers:
        logger.addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    for logger in loggers:
        logger.removeHandler(handler)


@pytest.mark.django_db
def test_a_request_is_one_json_line_with_its_id_user_and_timing(client_as, make_user, json_lines):
    client = client_as("employee")
    user_id = int(client.session["_auth_user_id"])

    response = client.get("/contact/?q=private", HTTP_X_REQUEST_ID="lb-7f3a.91")

    assert response["X-Request-ID"] == "lb-7f3a.91"
    [line] = json_lines()
    assert line["logger"] == "hub.request"
    assert line["level"] == "INFO"
    assert line["request_id"] == "lb-7f3a.91"
    assert (line["method"], line["path"], line["status"], line["user_id"]) == (
        "GET",
        "/contact/",
        200,
        user_id,
    )
    assert line["duration_ms"] > 0
    assert "private" not in json.dumps(line)  # no query strings


@pytest.mark.django_db
@pytest.mark.parametrize("given", ["", "has spaces", "x" * 129, "new\nline"])
def test_an_id_that_is_missing_or_odd_is_replaced_by_a_new_one(client, json_lines, given):
    response = client.get("/accounts/login/", HTTP_X_REQUEST_ID=given)

    made = response["X-Request-ID"]
    assert made != given
    assert len(made) == 32
    assert json_lines()[-1]["request_id"] == made
    assert json_lines()[-1]["user_id"] is None


@pytest.mark.django_db
def test_every_line_of_a_request_carries_its_id(client_as, json_lines):
    client_as("employee").get("/no-such-page/", HTTP_X_REQUEST_ID="trace-1")

    lines = json_lines()
    assert {line["logger"] for line in lines} == {"django.request", "hub.request"}
    assert {line["request_id"] for line in lines} == {"trace-1"}


def test_lines_outside_a_request_say_so():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello", (), None)

    RequestIdFilter().filter(record)

    assert record.request_id == "-"
