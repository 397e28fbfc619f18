import pytest
from django.urls import reverse

from learning.models import CoursePage, CourseTemplate

TEMPLATE_NAMES = [
    "How-to in five steps",
    "Checklist / job aid",
    "Standard operating procedure",
    "Micro course with quiz",
    "Onboarding for your team",
    "Product or process update",
]


DUTCH_NAMES = [
    "Uitleg in vijf stappen",
    "Checklist / werkinstructie",
    "Standaardwerkwijze",
    "Minicursus met quiz",
    "Inwerken in je team",
    "Wijziging in product of proces",
]


@pytest.mark.django_db
def test_the_template_library_is_there_from_the_start_in_both_languages():
    english = CourseTemplate.objects.filter(locale__language_code="en")
    dutch = CourseTemplate.objects.filter(locale__language_code="nl")

    assert list(english.values_list("name", flat=True)) == TEMPLATE_NAMES
    assert list(dutch.values_list("name", flat=True)) == DUTCH_NAMES
    assert all(template.when_to_use for template in CourseTemplate.objects.all())
    for template in dutch:
        original = template.get_translation(english.first().locale)
        assert [b.block_type for b in template.body] == [b.block_type for b in original.body]


@pytest.mark.django_db
def test_a_dutch_expert_starts_from_a_dutch_template_in_the_dutch_section(make_user, client):
    from wagtail.users.models import UserProfile

    expert = make_user("expert", username="daan")
    UserProfile.objects.create(user=expert, preferred_language="nl")
    client.force_login(expert)
    template = CourseTemplate.objects.get(name="Minicursus met quiz")

    html = client.get(reverse("learning_choose_template")).content.decode()
    response = client.post(reverse("learning_start_from_template", args=[template.pk]))

    assert "Minicursus met quiz" in html and "Micro course with quiz" not in html
    course = CoursePage.objects.get(title="Nieuwe cursus: Minicursus met quiz")
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[course.pk])
    assert course.locale.language_code == "nl"
    assert course.get_parent().title == "Cursussen"
    assert (
        course.body[0].value.source
        == "<p>Waarom dit belangrijk is voor het werk van de lezer, met een echt voorbeeld.</p>"
    )


@pytest.mark.django_db
def test_expert_starts_a_course_from_a_template(client_as, course_index):
    client = client_as("expert")
    template = CourseTemplate.objects.get(name="Micro course with quiz")

    html = client.get(reverse("learning_choose_template")).content.decode()
    assert template.name in html and "Minicursus met quiz" not in html
    response = client.post(reverse("learning_start_from_template", args=[template.pk]))

    course = CoursePage.objects.get(title="New course: Micro course with quiz")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[course.pk])
    assert course.owner.username == "expert"
    assert not course.live
    assert course.get_parent().pk == course_index.pk
    assert [block.block_type for block in course.body] == [block.block_type for block in template.body]
    assert course.has_quiz()
    editor = client.get(response["Location"])
    assert editor.status_code == 200


@pytest.mark.django_db
def test_starting_from_a_template_needs_a_post(client_as):
    template = CourseTemplate.objects.first()

    response = client_as("expert").get(reverse("learning_start_from_template", args=[template.pk]))

    assert response.status_code == 405
    assert not CoursePage.objects.filter(live=False).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["employee"])
def test_employees_cannot_start_courses(client_as, role):
    template = CourseTemplate.objects.first()
    client = client_as(role)

    response = client.post(reverse("learning_start_from_template", args=[template.pk]))

    assert response.status_code in (302, 403)
    assert not CoursePage.objects.filter(live=False).exists()


@pytest.mark.django_db
def test_unknown_template_is_a_404(client_as):
    response = client_as("expert").post(reverse("learning_start_from_template", args=[99999]))

    assert response.status_code == 404


@pytest.mark.django_db
def test_moderators_keep_the_library_experts_do_not(client_as):
    assert client_as("moderator").get("/admin/snippets/learning/coursetemplate/").status_code == 200
    assert (
        client_as("expert", username="e2").get("/admin/snippets/learning/coursetemplate/").status_code == 302
    )


@pytest.mark.django_db
@pytest.mark.parametrize("minutes", [0, 481])
def test_a_templates_typical_length_follows_the_courses_rule(minutes):
    from django.core.exceptions import ValidationError

    template = CourseTemplate.objects.first()
    template.estimated_minutes = minutes

    with pytest.raises(ValidationError) as refused:
        template.full_clean()

    assert "estimated_minutes" in refused.value.message_dict


@pytest.mark.django_db
def test_a_template_that_cannot_make_a_valid_course_leaves_nothing_behind(client_as, course_index):
    # Saved before the rule above, as old data may be.
    template = CourseTemplate.objects.first()
    CourseTemplate.objects.filter(pk=template.pk).update(estimated_minutes=0)
    pages_before = CoursePage.objects.count()
    client = client_as("expert")

    response = client.post(reverse("learning_start_from_template", args=[template.pk]), follow=True)

    assert response.redirect_chain == [(reverse("learning_choose_template"), 302)]
    assert f"The template “{template.name}” cannot be used as it is." in response.content.decode()
    assert CoursePage.objects.count() == pages_before
