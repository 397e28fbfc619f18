"""A course's body, read as sections a learner works through.

Each section heading (an h2 heading block) starts a section; anything before the first
heading is the introduction. A section is known by its heading block's id, which
StreamField keeps across edits, so progress survives changes to the text.
"""

from dataclasses import dataclass, field

INTRO = "intro"


@dataclass
class Section:
    id: str
    title: str
    blocks: list = field(default_factory=list)


def split_sections(body):
    sections = []
    for block in body:
        if block.block_type == "heading" and block.value["level"] == "h2":
            sections.append(Section(id=str(block.id), title=block.value["text"], blocks=[block]))
            continue
        if not sections:
            sections.append(Section(id=INTRO, title=""))
        sections[-1].blocks.append(block)
    return sections


def quiz_blocks(body):
    return [block for block in body if block.block_type == "quiz"]
