"""The Dutch catalogue is complete (`make lint` checks that it knows every string)."""

import ast
from pathlib import Path

import pytest
from django.conf import settings


def read_catalogue(path):
    """(msgid, [msgstr, ...]) pairs of a .po file, fuzzy entries flagged."""
    entries, current, field = [], None, None
    for raw in Path(path).read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if not line:
            if current and current.get("msgid"):
                entries.append(current)
            current, field = None, None
            continue
        current = current or {"msgid": "", "msgstr": {}, "fuzzy": False}
        if line.startswith("#,") and "fuzzy" in line:
            current["fuzzy"] = True
        elif line.startswith("msgid "):
            field = "msgid"
            current["msgid"] = ast.literal_eval(line[6:])
        elif line.startswith("msgid_plural "):
            field = None
        elif line.startswith("msgstr"):
            key, _, value = line.partition(" ")
            field = key
            current["msgstr"][key] = ast.literal_eval(value)
        elif line.startswith('"') and field:
            if field == "msgid":
                current["msgid"] += ast.literal_eval(line)
            else:
                current["msgstr"][field] += ast.literal_eval(line)
    return entries


CATALOGUE = settings.BASE_DIR / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def test_every_dutch_string_is_translated():
    entries = read_catalogue(CATALOGUE)

    untranslated = [e["msgid"] for e in entries if not all(e["msgstr"].values())]
    fuzzy = [e["msgid"] for e in entries if e["fuzzy"]]

    assert len(entries) > 200
    assert untranslated == []
    assert fuzzy == []


def test_compiled_catalogues_are_present():
    for language in ("nl", "en"):
        assert (settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.mo").exists()


@pytest.mark.django_db
def test_dutch_interface_end_to_end(client_as):
    html = client_as("employee").get("/courses/", HTTP_ACCEPT_LANGUAGE="nl", follow=True).content.decode()

    assert "Direct naar de inhoud" in html
    assert "Cursussen filteren" in html
