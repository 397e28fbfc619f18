"""Every model of the hub app. Each is defined in its feature package
(``hub/<feature>/models.py``) and imported here, so Django registers it under the app
label ``hub`` with its table name unchanged. Import models from their feature package;
this module is for Django."""

from .accounts.models import DirectoryGroup, UserDetails
from .authoring.models import ContentFlag, ReviewReminder
from .content.models import InfoPage, Skill, Topic
from .digest.models import DigestDelivery
from .home.models import HomeFeaturedItem, HomePage
from .navigation.models import HubSettings
from .ops.models import Mail
from .queue.models import HandledQueueItem

__all__ = [
    "ContentFlag",
    "DigestDelivery",
    "DirectoryGroup",
    "HandledQueueItem",
    "HomeFeaturedItem",
    "HomePage",
    "HubSettings",
    "Mail",
    "InfoPage",
    "ReviewReminder",
    "Skill",
    "Topic",
    "UserDetails",
]
