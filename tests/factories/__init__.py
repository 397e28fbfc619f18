"""Factories for every model the tests build, one module per app as the apps are cut
(hub, learning, guidance, people, search), each importing only the app it builds and
hub's factories. Tests import them from here: ``from tests.factories import CourseFactory``.
The fixtures in tests/conftest.py (``make_course``, ``make_profile``, ...) are thin
wrappers over them."""

from .guidance import (
    FAQBlockFactory,
    GuidanceBodyBlockFactory,
    GuidancePageFactory,
    LearningRequestFactory,
    RequestVoteFactory,
    TemplateLibraryBlockFactory,
)
from .hub import (
    BaseContentBlockFactory,
    CalloutBlockFactory,
    ChecklistBlockFactory,
    CollectionViewRestrictionFactory,
    ContentFlagFactory,
    DigestDeliveryFactory,
    DocumentFactory,
    HeadingBlockFactory,
    HomeFeaturedItemFactory,
    InfoPageFactory,
    PageViewRestrictionFactory,
    ParagraphBlockFactory,
    StepsBlockFactory,
    TopicFactory,
    UserDetailsFactory,
    UserFactory,
)
from .learning import (
    ActiveTimeFactory,
    AnswerBlockFactory,
    CourseBodyBlockFactory,
    CourseFactory,
    CourseRatingFactory,
    EnrolmentFactory,
    HelpfulMarkFactory,
    QuestionBlockFactory,
    QuizBlockFactory,
)
from .people import ExpertProfileFactory, KudosFactory
from .search import QueryLogFactory, SearchPromotionFactory

__all__ = [
    "ActiveTimeFactory",
    "AnswerBlockFactory",
    "BaseContentBlockFactory",
    "CalloutBlockFactory",
    "ChecklistBlockFactory",
    "CollectionViewRestrictionFactory",
    "ContentFlagFactory",
    "CourseBodyBlockFactory",
    "CourseFactory",
    "CourseRatingFactory",
    "DigestDeliveryFactory",
    "DocumentFactory",
    "EnrolmentFactory",
    "ExpertProfileFactory",
    "FAQBlockFactory",
    "GuidanceBodyBlockFactory",
    "GuidancePageFactory",
    "HeadingBlockFactory",
    "HelpfulMarkFactory",
    "HomeFeaturedItemFactory",
    "InfoPageFactory",
    "PageViewRestrictionFactory",
    "KudosFactory",
    "LearningRequestFactory",
    "ParagraphBlockFactory",
    "QueryLogFactory",
    "SearchPromotionFactory",
    "QuestionBlockFactory",
    "QuizBlockFactory",
    "RequestVoteFactory",
    "StepsBlockFactory",
    "TemplateLibraryBlockFactory",
    "TopicFactory",
    "UserDetailsFactory",
    "UserFactory",
]
