"""The "L&D review" workflow, for data migrations: created once, attached to sections.

Courses attach it to their section in their migration; guidance attaches the same
workflow to its section, so moderators have one queue. Each language's sections get
the workflow named in that language (the names are data, shown in the admin as they
are): the same single step for the L&D moderators.
"""

from django.utils import timezone
from wagtail.models import Page as TreePage

from hub.accounts.roles import MODERATOR

WORKFLOW_NAME = "L&D review"
TASK_NAME = "L&D moderator approval"
# The workflow and its task in a content language; others use the English names.
NAMES = {
    "en": (WORKFLOW_NAME, TASK_NAME),
    "nl": ("Beoordeling door L&D", "Goedkeuring door een L&D-moderator"),
}


def attach_review_workflow(apps, page, language="en"):
    workflow_name, task_name = NAMES.get(language, NAMES["en"])
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=task_name, defaults={"content_type": task_type, "active": True}
    )
    task.groups.add(Group.objects.get(name=MODERATOR))
    workflow, _ = Workflow.objects.get_or_create(name=workflow_name, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def name_sections_workflow(apps, app_label, model_name, language):
    """Attach the workflow named in ``language`` to the sections of ``model_name`` in
    that language's tree (none when the language has no locale)."""
    Locale = apps.get_model("wagtailcore", "Locale")
    Section = apps.get_model(app_label, model_name)
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return
    for section in Section.objects.filter(locale=locale):
        attach_review_workflow(apps, section, language=language)


def create_section_page(apps, model_name, app_label, title, slug, **fields):
    """Create a section page (e.g. /courses/) directly below the home page."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Model = apps.get_model(app_label, model_name)
    # The first home is the default language's; its translations (hub 0016) come later.
    home = Page.objects.filter(
        depth=2, content_type__app_label="hub", content_type__model="homepage"
    ).order_by("path")[0]

    existing = Page.objects.filter(depth=3, path__startswith=home.path, slug=slug).first()
    if existing is not None:
        return Model.objects.get(pk=existing.pk)
    last = Page.objects.filter(depth=3, path__startswith=home.path).order_by("-path").first()
    step = int(last.path[-4:], 36) + 1 if last else 1
    # Treebeard's own path arithmetic (a pure class method, safe on historical data).
    path = TreePage._get_path(home.path, 3, step)
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name.lower())
    now = timezone.now()
    page = Model.objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        path=path,
        depth=3,
        numchild=0,
        url_path=f"{home.url_path}{slug}/",
        locale=Locale.objects.order_by("pk").first(),
        live=True,
        first_published_at=now,
        last_published_at=now,
        **fields,
    )
    children = Page.objects.filter(depth=3, path__startswith=home.path).count()
    Page.objects.filter(pk=home.pk).update(numchild=children)
    return page
