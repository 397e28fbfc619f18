"""Page objects for /courses/: the listing with its filters, and a course page with its
sections, quiz and feedback."""

import re

from playwright.sync_api import Page

from .base import HubPage


class CourseListing(HubPage):
    path = "/courses/"

    def __init__(self, page: Page):
        super().__init__(page)
        self.filters = page.get_by_role("form", name="Filter courses")
        self.apply = self.filters.get_by_role("button", name="Apply")
        self.chips = page.get_by_role("list", name="Filters in use")
        # The cards are the list items with a course title as their heading.
        self.cards = self.main.get_by_role("listitem").filter(has=page.get_by_role("heading"))

    def filter_by(self, label, option):
        """Choose ``option`` in the filter labelled ``label`` and apply."""
        self.filters.get_by_label(label, exact=True).select_option(label=option)
        with self.page.expect_navigation():
            self.apply.click()
        return self

    def sort_by(self, option):
        return self.filter_by("Sort by", option)

    def chip(self, text):
        """The chip of a filter in use, e.g. ``chip("Topic: Finance")``: a link that removes it."""
        return self.chips.get_by_role("link", name=re.compile(rf"^{re.escape(text)}\b"))

    def remove_filter(self, text):
        with self.page.expect_navigation():
            self.chip(text).click()
        return self

    def card(self, title):
        return self.cards.get_by_role("link", name=title, exact=True)

    def open_course(self, title):
        with self.page.expect_navigation():
            self.card(title).click()
        return CourseDetailPage(self.page)


class CourseDetailPage(HubPage):
    """A course as a learner sees it."""

    def __init__(self, page: Page):
        super().__init__(page)
        self.credits = page.get_by_text("Shared by")
        self.certificate_link = self.main.get_by_role("link", name="Your certificate")
        self.feedback = page.get_by_role("region", name="Your feedback")
        self.stars = self.feedback.get_by_role("group", name="Your rating (1 to 5 stars)")
        self.comment = self.feedback.get_by_label("Comment (optional)")
        self.send_rating = self.feedback.get_by_role("button", name="Send my rating")
        # The colleagues' comments under "What colleagues say": a list without a name.
        self.comments = self.feedback.locator(".comments")
        self.helped = self.feedback.get_by_role("button", name="This helped me")
        self.undo_helped = self.feedback.get_by_role("button", name="Undo “this helped me”")
        # A <summary>, which has no role Playwright knows.
        self.report_toggle = self.feedback.get_by_text("Report outdated or wrong content")
        self.report_reason = self.feedback.get_by_label("What is outdated or wrong?")
        self.send_report = self.feedback.get_by_role("button", name="Send report")

    def mark_done(self, section="Introduction"):
        """Mark a section done by its heading (the part before the first is the introduction)."""
        # The section's name is visually hidden: an absolutely positioned span, which
        # the accessible name sets apart with a space ("Mark as done : Introduction").
        name = re.compile(rf"^Mark as done\s*:\s*{re.escape(section)}$")
        with self.page.expect_navigation():
            self.main.get_by_role("button", name=name).click()
        return self

    def done_mark(self, section="Introduction"):
        return self.main.get_by_text(f"Done: {section}", exact=True)

    def read_for(self, milliseconds):
        """Stay on the page with the mouse on it, as someone reading does: the page
        counts that as active time and reports it when it is left."""
        self.page.mouse.move(200, 300)
        self.page.wait_for_timeout(milliseconds)

    def question(self, text):
        return self.main.get_by_role("group", name=text)

    def answer_quiz(self, answers):
        """``answers``: {question: answer label}; sends their quiz and shows the result."""
        for question, answer in answers.items():
            self.question(question).get_by_label(answer).check()
        # The quiz is a region named by its title, found by a question in it (``has``
        # looks inside the region, so its locator starts from the page).
        asked = self.page.get_by_role("group", name=next(iter(answers)))
        quiz = self.main.get_by_role("region").filter(has=asked)
        with self.page.expect_navigation():
            quiz.get_by_role("button", name="Check my answers").click()
        return QuizResultPage(self.page)

    def colleague_comment(self, text):
        return self.comments.get_by_text(text)

    def rate(self, stars, comment=""):
        self.stars.get_by_label(str(stars)).check()
        self.comment.fill(comment)
        with self.page.expect_navigation():
            self.send_rating.click()
        return self

    def say_it_helped(self):
        with self.page.expect_navigation():
            self.helped.click()
        return self

    def report_outdated(self, reason):
        self.report_toggle.click()
        self.report_reason.fill(reason)
        with self.page.expect_navigation():
            self.send_report.click()
        return self


class QuizResultPage(HubPage):
    """Where sending a quiz leads: the score, each question marked, the explanations."""

    def __init__(self, page: Page):
        super().__init__(page)
        self.result = self.main.get_by_role("article").get_by_role("status")
        self.try_again = page.get_by_role("link", name="Try the quiz again")

    def outcome(self, text):
        """Words in the result's summary: the score, and whether it passed."""
        return self.result.get_by_text(text)

    def explanation(self, text):
        return self.main.get_by_role("article").get_by_text(text).first

    def retake(self):
        with self.page.expect_navigation():
            self.try_again.click()
        return CourseDetailPage(self.page)
