"""The guidance app's models, one module per subject (DESIGN.md: a package once it grows)."""

from .forms import AskFormField, AskFormPage, AskSubmission
from .pages import GuidanceCoAuthor, GuidanceIndexPage, GuidancePage, GuidanceSection
from .requests import LearningRequest, RequestComment, RequestStatusChange, RequestVote
from .wizard import WizardAnswer, WizardOutcome, WizardOutcomeCount, WizardQuestion

__all__ = [
    "AskFormField",
    "AskFormPage",
    "AskSubmission",
    "GuidanceCoAuthor",
    "GuidanceIndexPage",
    "GuidancePage",
    "GuidanceSection",
    "LearningRequest",
    "RequestComment",
    "RequestStatusChange",
    "RequestVote",
    "WizardAnswer",
    "WizardOutcome",
    "WizardOutcomeCount",
    "WizardQuestion",
]
