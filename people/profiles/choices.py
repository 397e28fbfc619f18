"""What a profile's fields accept, shared by the page model, the profile form and the
directory's filters (which the page model imports, so they cannot import it)."""

from django.core.validators import URLValidator
from django.utils.translation import get_language_info

# Languages people commonly speak at work; names come from Django's own catalogue,
# so they are translated without new strings.
SPOKEN_LANGUAGE_CODES = ["en", "nl", "de", "fr", "es", "it", "pt", "pl", "tr", "ar", "zh-hans", "hi"]
SPOKEN_LANGUAGE_CHOICES = [
    (code, get_language_info(code)["name_translated"]) for code in SPOKEN_LANGUAGE_CODES
]

BIO_MAX_LENGTH = 1000

http_url = URLValidator(schemes=["https", "http"])
