"""/guidance/ under the home page, the "L&D review" workflow on it, who may do what,
and the ask-the-learning-team form at /guidance/ask/."""

from django.db import migrations
from django.utils import timezone
from wagtail.models import Page as TreePage

from hub.accounts.roles import ADMINISTRATOR, EXPERT, MODERATOR, ensure_permissions_exist, grant, grant_page_permissions
from hub.authoring.workflows import attach_review_workflow, create_section_page

WIZARD_PERMISSIONS = [
    f"guidance.{action}_{model}"
    for model in ("wizardquestion", "wizardoutcome")
    for action in ("add", "change", "delete", "view")
]

ASK_FIELDS = [
    # (clean name, label, type, required, help text); the wizard prefills by clean name.
    ("subject", "Subject", "singleline", True, "In a few words: what is it about?"),
    ("message", "Your question", "multiline", True, "What do you need, for whom, and by when?"),
    ("team", "Your team", "singleline", False, "Optional: helps us find the right person."),
]


def create_child_page(apps, parent, model_name, title, slug, **fields):
    """A live page directly below ``parent`` (historical models have no treebeard API)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Model = apps.get_model("guidance", model_name)
    # Wagtail's FormMixin.__init__ derives this from ``template``, which historical
    # models lack; giving it here lets the historical form page be instantiated.
    Model.landing_page_template = "guidance/ask_form_page_landing.html"
    existing = Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path, slug=slug).first()
    if existing is not None:
        return Model.objects.get(pk=existing.pk), False
    last = Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path).order_by("-path").first()
    step = int(last.path[-4:], 36) + 1 if last else 1
    now = timezone.now()
    page = Model.objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=ContentType.objects.get_or_create(app_label="guidance", model=model_name.lower())[0],
        path=TreePage._get_path(parent.path, parent.depth + 1, step),
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{slug}/",
        locale_id=parent.locale_id,
        live=True,
        first_published_at=now,
        last_published_at=now,
        **fields,
    )
    children = Page.objects.filter(depth=parent.depth + 1, path__startswith=parent.path).count()
    Page.objects.filter(pk=parent.pk).update(numchild=children)
    return page, True


def create_guidance_section(apps, schema_editor):
    index = create_section_page(
        apps,
        "GuidanceIndexPage",
        "guidance",
        "Guidance",
        "guidance",
        intro="<p>How to share what you know, the company's guidelines, and help deciding what people need.</p>",
    )
    attach_review_workflow(apps, index)
    ensure_permissions_exist(apps)
    # Experts create drafts here and edit what they own or co-author
    # (hub.content.AuthoredPermissionTester); moderators publish, through their rights
    # on the whole tree from hub's roles migration.
    grant_page_permissions(apps, EXPERT, index, ["add"])
    grant(apps, MODERATOR, WIZARD_PERMISSIONS)
    grant(apps, ADMINISTRATOR, WIZARD_PERMISSIONS)

    ask, created = create_child_page(
        apps,
        index,
        "AskFormPage",
        "Ask the learning team",
        "ask",
        intro="<p>A question about learning, an idea for a course, or a need in your team? "
        "Tell us and we answer within two working days.</p>",
        thank_you_text="<p>Thank you. Your question is with the learning team; "
        "they answer by e-mail within two working days.</p>",
        subject="A question for the learning team",
    )
    if created:
        AskFormField = apps.get_model("guidance", "AskFormField")
        for order, (clean_name, label, field_type, required, help_text) in enumerate(ASK_FIELDS):
            AskFormField.objects.create(
                page=ask,
                sort_order=order,
                clean_name=clean_name,
                label=label,
                field_type=field_type,
                required=required,
                help_text=help_text,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0001_initial"),
        ("hub", "0005_content_owner_permission"),
    ]

    operations = [migrations.RunPython(create_guidance_section, migrations.RunPython.noop)]
