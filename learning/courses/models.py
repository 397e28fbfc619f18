"""Courses: the course index (/courses/), the course page and its tags, co-authors and
L&D's templates.

The course page is routable: what a learner does there (mark a section done, send a
quiz, rate, flag) posts to its own sub-URLs. Those routes stay thin: they read the
request, call a service of ``records`` or ``feedback`` and answer; what the page shows a
learner is ``learner.py``."""

import uuid

from django.contrib import messages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from hub.authoring.flags import flag_page
from hub.authoring.models import AuthoredPage, CoAuthorBase
from hub.blocks import LIMITED_RICH_TEXT
from hub.content.languages import below_any_version
from hub.content.models import Skill, Topic
from hub.content.pagination import paginate
from hub.content.routes import post_only

from ..blocks import CourseBodyBlock
from ..feedback.forms import FlagForm, RatingForm
from ..feedback.services import mark_helped, save_rating
from ..records.grading import QuizTampered, grade
from ..records.models import QuizAttempt
from ..records.services import mark_section_done, record_quiz_attempt
from .learner import learner_context
from .listing import CourseListing, TagFilter, listed_tags
from .sections import quiz_blocks, split_sections

# A course takes a minute to a working day; a template's typical length is a course's.
COURSE_MINUTES = [MinValueValidator(1), MaxValueValidator(480)]

COURSES_PER_PAGE = 12


class CourseTopic(ItemBase):
    tag = models.ForeignKey(Topic, related_name="course_items", on_delete=models.CASCADE)
    content_object = ParentalKey("learning.CoursePage", related_name="topic_items", on_delete=models.CASCADE)


class CourseSkill(ItemBase):
    tag = models.ForeignKey(Skill, related_name="course_items", on_delete=models.CASCADE)
    content_object = ParentalKey("learning.CoursePage", related_name="skill_items", on_delete=models.CASCADE)


class CourseCoAuthor(CoAuthorBase):
    page = ParentalKey("learning.CoursePage", related_name="co_authors", on_delete=models.CASCADE)


class CourseIndexPage(RoutablePageMixin, Page):
    """/courses/: every published course as a card, with filters, sorting and pages."""

    intro = RichTextField(_("introduction"), features=LIMITED_RICH_TEXT, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["hub.HomePage"]
    subpage_types = ["learning.CoursePage"]
    max_count_per_parent = 1
    follows_reader_language = True

    class Meta:
        verbose_name = _("course index")
        verbose_name_plural = _("course indexes")

    def courses(self):
        """Every language's version of every listed course; the listing shows one per
        course after its filters (CourseListing)."""
        return below_any_version(CoursePage, self).live().public()

    @path("")
    def listing(self, request):
        return self.render_listing(request)

    @path("topic/<slug:slug>/", name="topic")
    def topic(self, request, slug):
        return self.render_listing(request, tag=self.listed_tag("topic", Topic, slug))

    @path("skill/<slug:slug>/", name="skill")
    def skill(self, request, slug):
        return self.render_listing(request, tag=self.listed_tag("skill", Skill, slug))

    def listed_tag(self, kind, model, slug):
        """The topic or skill of a listed course, else None (a 404): a tag only a draft
        or a restricted course has is not revealed by its own page."""
        return TagFilter(kind, listed_tags(model, self.courses()).filter(slug=slug).first())

    def render_listing(self, request, tag=None):
        if tag is not None and tag.object is None:
            raise Http404
        listing = CourseListing(self.courses(), request.GET, tag=tag)
        courses = paginate(listing.queryset(), request.GET.get("page"), COURSES_PER_PAGE)
        return self.render(request, context_overrides={"listing": listing, "courses": courses})


class CoursePage(RoutablePageMixin, AuthoredPage):
    summary = models.TextField(
        _("summary"), max_length=300, help_text=_("One or two sentences for the course card.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ClusterTaggableManager(
        through=CourseTopic, blank=True, verbose_name=_("topics"), related_name="courses"
    )
    skills = ClusterTaggableManager(
        through=CourseSkill, blank=True, verbose_name=_("skills"), related_name="courses"
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=15, validators=COURSE_MINUTES
    )
    audience = models.CharField(_("audience"), max_length=200, blank=True, help_text=_("Who is this for?"))
    body = StreamField(CourseBodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("region")]),
                FieldPanel("audience"),
                FieldPanel("topics"),
                FieldPanel("skills"),
            ],
            heading=_("About this course"),
        ),
        FieldPanel("body"),
        AuthoredPage.authors_panel,
    ]
    settings_panels = Page.settings_panels + AuthoredPage.review_panels

    # Title and tags rank above the body; authors' names find their courses. The body's
    # searchable content leaves out quiz answers (blocks.QuizBlock).
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.SearchField("audience"),
        index.SearchField("author_names"),
        index.RelatedFields("topics", [index.SearchField("name", boost=2), index.AutocompleteField("name")]),
        index.RelatedFields("skills", [index.SearchField("name", boost=2)]),
        index.FilterField("content_language"),
        index.FilterField("region"),
    ]

    parent_page_types = ["learning.CourseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def has_quiz(self):
        return any(block.block_type == "quiz" for block in self.body)

    def save(self, *args, **kwargs):
        # Quiz questions and answers are known by their ListBlock item ids. Bodies written
        # in the older plain-list format (imports, fixtures, code) get new random ids each
        # time they are read; reading every block once makes the StreamField store the
        # format that keeps them, so a learner's answers match the page they were sent from.
        for _block in self.body:
            pass
        return super().save(*args, **kwargs)

    # -- the learner's way through ----------------------------------------------------------
    def section_ids(self):
        return [section.id for section in split_sections(self.body)]

    def quiz_ids(self):
        return [str(block.id) for block in quiz_blocks(self.body)]

    def quiz(self, quiz_id):
        return next((block for block in quiz_blocks(self.body) if str(block.id) == quiz_id), None)

    def credited_names(self):
        return [
            person.get_full_name() or person.get_username() if person and person.is_active else None
            for person in self.credited_users
        ]

    # -- what a learner does here --------------------------------------------------------------
    # Wagtail's serve view has already checked that the course is live and that this user
    # may see it. Every action is a POST that redirects back (post/redirect/get); a form
    # with errors comes back on the course page with the learner's input kept (400).
    def get_context(self, request, *args, quiz_errors=None, rating_form=None, flag_form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(learner_context(self, request.user, quiz_errors, rating_form, flag_form))
        return context

    def render_with_errors(self, request, **forms):
        response = self.render(request, **forms)
        response.status_code = 400
        return response

    @path("progress/", name="progress")
    @post_only
    def progress_route(self, request):
        section_id = request.POST.get("section", "")
        if section_id not in self.section_ids():
            return HttpResponseBadRequest(gettext("That section is not part of this course."))
        if mark_section_done(request.user, self, section_id):
            messages.success(request, gettext("Well done: you completed this course."))
        return redirect(f"{self.url}#section-{section_id}")

    @path("quiz/<str:quiz_id>/", name="quiz")
    @post_only
    def quiz_route(self, request, quiz_id):
        quiz = self.quiz(quiz_id)
        if quiz is None:
            raise Http404
        try:
            graded = grade(quiz.value, request.POST)
            token = uuid.UUID(request.POST.get("token", ""))
        except (QuizTampered, ValueError):
            return HttpResponseBadRequest(
                gettext("This quiz answer does not match the course. Reload the page and try again.")
            )
        if graded.missing:
            messages.error(request, gettext("Answer every question, then send your answers again."))
            errors = {quiz_id: {"selected": graded.selected, "missing": graded.missing}}
            return self.render_with_errors(request, quiz_errors=errors)
        attempt, completed = record_quiz_attempt(request.user, self, quiz_id, token, graded)
        if completed:
            messages.success(request, gettext("Well done: you completed this course."))
        return redirect(self.url + self.reverse_subpage("attempt", args=[attempt.pk]))

    @path("attempts/<int:attempt_id>/", name="attempt")
    def attempt_route(self, request, attempt_id):
        attempt = get_object_or_404(
            QuizAttempt,
            pk=attempt_id,
            enrolment__user=request.user,
            enrolment__course_key=self.translation_key,
        )
        return TemplateResponse(
            request,
            "learning/quiz_result.html",
            {"page": self, "attempt": attempt, "enrolment": attempt.enrolment},
        )

    @path("rating/", name="rating")
    @post_only
    def rating_route(self, request):
        form = RatingForm(request.POST)
        if not form.is_valid():
            return self.render_with_errors(request, rating_form=form)
        save_rating(self, request.user, **form.cleaned_data)
        messages.success(request, gettext("Thank you for rating this course."))
        return redirect(f"{self.url}#feedback")

    @path("helped/", name="helped")
    @post_only
    def helped_route(self, request):
        mark_helped(self, request.user, helped=request.POST.get("helped") == "yes")
        return redirect(f"{self.url}#feedback")

    @path("flag/", name="flag")
    @post_only
    def flag_route(self, request):
        form = FlagForm(request.POST)
        if not form.is_valid():
            return self.render_with_errors(request, flag_form=form)
        if flag_page(self, request.user, form.cleaned_data["reason"]) is None:
            messages.info(
                request, gettext("You already reported this course; the author has been asked to check it.")
            )
        else:
            messages.success(request, gettext("Thank you. The author has been asked to check this course."))
        return redirect(f"{self.url}#feedback")


class CourseTemplate(TranslatableMixin, models.Model):
    """A starting point for a new course, kept by L&D: when to use it and a body of
    blocks with guidance placeholders. Each language has its own version (Wagtail's
    ``TranslatableMixin``); a course started from one goes to that language's section."""

    name = models.CharField(_("name"), max_length=120)
    when_to_use = models.TextField(_("when to use it"), max_length=600)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("typical length (minutes)"), default=15, validators=COURSE_MINUTES
    )
    body = StreamField(CourseBodyBlock(), verbose_name=_("body"))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("when_to_use"),
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("sort_order")]),
        FieldPanel("body"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("course template")
        verbose_name_plural = _("course templates")
        constraints = [
            models.UniqueConstraint(fields=["name", "locale"], name="one_template_name_per_language")
        ]

    def __str__(self):
        return self.name
