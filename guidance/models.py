"""Every model of the guidance app. Each is defined with its feature (``pages.py``,
``ask.py``, ``wizard/models.py``, ``requests/models.py``) and imported here, so Django
registers it under the app label ``guidance`` with its table name unchanged. Import
models from their feature; this module is for Django."""

from .ask import AskFormField, AskFormPage, AskSubmission
from .pages import GuidanceCoAuthor, GuidanceIndexPage, GuidancePage
from .requests.models import LearningRequest, RequestComment, RequestStatusChange, RequestVote
from .wizard.models import WizardAnswer, WizardOutcome, WizardOutcomeCount, WizardQuestion

__all__ = [
    "AskFormField",
    "AskFormPage",
    "AskSubmission",
    "GuidanceCoAuthor",
    "GuidanceIndexPage",
    "GuidancePage",
    "LearningRequest",
    "RequestComment",
    "RequestStatusChange",
    "RequestVote",
    "WizardAnswer",
    "WizardOutcome",
    "WizardOutcomeCount",
    "WizardQuestion",
]
