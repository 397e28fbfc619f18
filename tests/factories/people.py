"""Factories for people: expert profiles and thanks."""

import factory

from people.models import ExpertIndexPage, ExpertProfilePage, Kudos

from .hub import PageFactory, UserFactory, in_default_language


class ExpertProfileFactory(PageFactory):
    """``user``'s profile in /experts/, published as the form at /experts/me/ publishes it:
    a revision by them, published by them. ``expertise=["Excel"]`` and
    ``languages=["nl", "en"]`` as the form's fields take them."""

    class Meta:
        model = ExpertProfilePage

    parent = factory.LazyFunction(lambda: in_default_language(ExpertIndexPage, slug="experts"))
    user = factory.SubFactory(UserFactory, role="expert")
    owner = factory.SelfAttribute("user")
    title = factory.LazyAttribute(lambda profile: profile.user.get_full_name() or profile.user.username)
    slug = factory.SelfAttribute("user.username")
    job_title = "Specialist"
    expertise = ()
    languages = ()

    @classmethod
    def _unsaved(cls, model_class, *, expertise, languages, **fields):
        profile = super()._unsaved(model_class, **fields)
        profile.expertise.add(*expertise)
        profile.set_languages(languages)
        return profile

    @classmethod
    def _publish(cls, revision):
        # /experts/me/ is the permission check: experts publish their own profile only.
        revision.publish(user=revision.user, skip_permission_checks=True)


class KudosFactory(factory.django.DjangoModelFactory):
    """Thanks from a colleague to an expert."""

    class Meta:
        model = Kudos

    sender = factory.SubFactory(UserFactory)
    recipient = factory.SubFactory(UserFactory, role="expert")
    message = "Thank you!"
