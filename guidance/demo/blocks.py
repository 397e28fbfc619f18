"""Block values of guidance's own blocks for the demo pages; the shared ones are in
hub/demo/blocks.py."""

from hub.demo.blocks import callout, checklist, h, p, steps

__all__ = ["callout", "checklist", "faq", "h", "library", "p", "steps"]


def faq(title, items):
    return {
        "type": "faq",
        "value": {"title": title, "items": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in items]},
    }


def library(title, intro):
    return {"type": "template_library", "value": {"title": title, "intro": intro, "become_expert_page": None}}
