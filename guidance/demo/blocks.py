"""Block values for the demo pages, written as StreamField data (``{"type": ..., "value": ...}``)."""


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


def faq(title, items):
    return {
        "type": "faq",
        "value": {"title": title, "items": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in items]},
    }


def library(title, intro):
    return {"type": "template_library", "value": {"title": title, "intro": intro, "become_expert_page": None}}
