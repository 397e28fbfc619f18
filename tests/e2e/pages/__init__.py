"""Page objects: what the tests may find and do on the hub's pages, in one place, so a
template change means one edit here rather than one in every test.

One module per area; tests import from ``tests.e2e.pages``:

- ``base``: what every page has (header, search box with suggestions, language
  switcher, messages), the sign-in and home pages, and the admin's frame.
- ``courses``: the course listing, a course page, a quiz result.
- ``learner``: My learning and a certificate.
- ``search``: the results page.
- ``requests``: the learning request form and a request's page.
- ``guidance``, ``experts``: guidance pages and the wizard; the expert directory and profiles.
- ``admin``: the admin home and its panels, the template chooser, the page editor, the
  learning reports.
- ``queue``: the L&D queue and assigning a request. ``insights``: the L&D insights.

Parts that change with the language (the switcher) are found by id or class; the tests
run in English, so everything else is found by its role and accessible name, as a
screen reader user would find it, unless the template gives it none (each such place
says so). Actions that tests repeat are methods; those that leave the page wait for
the next one and return its page object.
"""

from .admin import AdminHome, LearningByMonthReport, PageEditor, TemplateChooser
from .base import AdminPage, HomePage, HubPage, SignInPage
from .courses import CourseDetailPage, CourseListing, QuizResultPage
from .experts import DirectoryPage, ProfileFormPage, ProfilePage
from .guidance import GuidanceIndex, Wizard
from .insights import InsightsPage
from .learner import CertificatePage, MyLearningPage
from .queue import AssignPage, QueuePage
from .requests import RequestForm, RequestPage
from .search import SearchPage

__all__ = [
    "AdminHome",
    "AdminPage",
    "AssignPage",
    "CertificatePage",
    "CourseDetailPage",
    "CourseListing",
    "DirectoryPage",
    "GuidanceIndex",
    "HomePage",
    "HubPage",
    "InsightsPage",
    "LearningByMonthReport",
    "MyLearningPage",
    "PageEditor",
    "ProfileFormPage",
    "ProfilePage",
    "QueuePage",
    "QuizResultPage",
    "RequestForm",
    "RequestPage",
    "SearchPage",
    "SignInPage",
    "TemplateChooser",
    "Wizard",
]
