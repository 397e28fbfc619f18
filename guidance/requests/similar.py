"""What already exists for a knowledge gap someone is describing: similar requests
(to vote on instead of filing a second one) and published courses that may answer it."""

import re

from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce

from learning.models import CoursePage

from .models import LearningRequest

LIMIT = 5
MAX_WORDS = 8
# Words that match almost everything, in the hub's two languages.
STOP_WORDS = {
    "and",
    "the",
    "for",
    "how",
    "what",
    "with",
    "that",
    "this",
    "from",
    "our",
    "your",
    "can",
    "need",
    "want",
    "learn",
    "learning",
    "about",
    "into",
    "een",
    "het",
    "de",
    "van",
    "voor",
    "met",
    "hoe",
    "wat",
    "die",
    "dat",
    "ons",
    "onze",
    "kan",
    "wil",
    "leren",
    "over",
    "naar",
    "bij",
}


def significant_words(text):
    words = []
    for word in re.findall(r"\w{3,}", (text or "").lower()):
        if word not in STOP_WORDS and word not in words:
            words.append(word)
    return words[:MAX_WORDS]


def similar_requests(words, exclude_pk=None, limit=LIMIT):
    """Requests sharing words with the text, those matching most words (title counts
    double) first, then the most wanted. Declined requests are left out."""
    if not words:
        return []
    matches = Q()
    score = Value(0)
    for word in words:
        matches |= Q(title__icontains=word) | Q(description__icontains=word)
        score = score + Case(
            When(title__icontains=word, then=Value(2)),
            When(description__icontains=word, then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    found = (
        LearningRequest.objects.filter(matches)
        .exclude(status=LearningRequest.Status.DECLINED)
        .with_counts()
        .annotate(score=Coalesce(score, 0))
        .order_by("-score", "-vote_total", "-created_at")
    )
    if exclude_pk:
        found = found.exclude(pk=exclude_pk)
    return list(found[:limit])


def similar_courses(words, limit=LIMIT):
    """Published, public courses only: drafts and restricted pages never show."""
    if not words:
        return []
    return list(CoursePage.objects.live().public().search(" ".join(words), operator="or")[:limit])


def similar_items(text, exclude_pk=None):
    words = significant_words(text)
    return {
        "similar_requests": similar_requests(words, exclude_pk),
        "similar_courses": similar_courses(words),
        "searched": bool(words),
    }
