"""Expert cards (templates/people/includes/expert_card.html), in the directory and on
the home page: a fixed number of queries however many cards there are."""

from django.db.models import Prefetch
from wagtail.images.models import Rendition

from people.recognition import recognition_for

# The rendition expert_card.html shows, fetched with the cards.
CARD_PHOTO = "fill-160x160|format-webp"


def cards(profiles, profile_pks, figures=None):
    """The profiles of ``profiles`` (a queryset) with the given pks, in that order,
    with their recognition attached as ``.recognition``. Pass ``figures`` when
    already fetched for these people."""
    found = (
        profiles.select_related("user", "photo")
        .prefetch_related(
            "expertise",
            "spoken_languages",
            Prefetch("photo__renditions", queryset=Rendition.objects.filter(filter_spec=CARD_PHOTO)),
        )
        .in_bulk(profile_pks)
    )
    chosen = [found[pk] for pk in profile_pks if pk in found]
    recognition = recognition_for([profile.user_id for profile in chosen], figures)
    for profile in chosen:
        profile.recognition = recognition.get(profile.user_id)
    return chosen
