"""Demo content written as StreamField data (``{"type": ..., "value": ...}``) for the
blocks every content type shares (hub/blocks.py); apps add their own (a quiz, a FAQ)."""


def p(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def h(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def callout(kind, text):
    return {"type": "callout", "value": {"kind": kind, "text": f"<p>{text}</p>"}}


def checklist(title, items):
    return {"type": "checklist", "value": {"title": title, "items": items}}


def steps(title, items):
    return {
        "type": "steps",
        "value": {"title": title, "steps": [{"title": t, "text": f"<p>{x}</p>"} for t, x in items]},
    }
