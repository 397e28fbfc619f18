"""What is searched for and how it is shown: the query as typed becomes clean text and
words; a result's title and snippet show those words in ``<mark>``."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Longer queries are cut, not refused: nobody types more, and it bounds the work.
MAX_QUERY_LENGTH = 200
SNIPPET_LENGTH = 220
WORD = re.compile(r"\w+", re.UNICODE)


def clean_query(raw):
    """What we search for: control characters dropped, whitespace collapsed, cut to
    MAX_QUERY_LENGTH. Everything else (quotes, SQL, regex characters, any script) is
    passed on as text: the backends escape it."""
    text = raw or ""
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def was_cut(raw, query):
    """Whether ``clean_query`` left out some of what was typed (beyond whitespace)."""
    return len(" ".join((raw or "").split())) > len(query)


def query_terms(query):
    """The words of ``query``, lower-cased. The backends get words only: quotes,
    operators and other punctuation mean something to FTS5, tsquery and Elasticsearch,
    and an unbalanced quote is an error there. Their tokenisers drop punctuation anyway."""
    return [term for term in WORD.findall(query.lower()) if term]


def highlight(text, terms, length=SNIPPET_LENGTH):
    """A window of ``text`` around the first term found, HTML-escaped, with each term
    wrapped in <mark>. Safe to print: nothing from the text or query is left unescaped."""
    text = " ".join(text.split())
    if not text:
        return ""
    pattern = re.compile("|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)), re.I)
    match = pattern.search(text) if terms else None
    start = 0
    if match and match.start() > length // 3:
        start = text.rfind(" ", 0, match.start() - length // 3) + 1
    window = text[start : start + length]
    if start + length < len(text):
        window = window.rsplit(" ", 1)[0] + " …"
    if start:
        window = "… " + window
    if not terms:
        return escape(window)
    pieces, last = [], 0
    for found in pattern.finditer(window):
        pieces.append(escape(window[last : found.start()]))
        pieces.append(f"<mark>{escape(found.group())}</mark>")
        last = found.end()
    pieces.append(escape(window[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def highlighted_title(title, terms):
    return highlight(title, terms, length=1000)
