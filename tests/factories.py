import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from hub.accounts.roles import ADMINISTRATOR, EXPERT, MODERATOR

ROLE_GROUPS = {
    "employee": (),
    "expert": (EXPERT,),
    "moderator": (EXPERT, MODERATOR),
    "admin": (ADMINISTRATOR,),
}


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.com")
    password = factory.django.Password("correct-horse-battery")

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        """``UserFactory(role="moderator")`` puts the user in that role's groups."""
        if not create or not extracted:
            return
        user.groups.add(*Group.objects.filter(name__in=ROLE_GROUPS[extracted]))
        if extracted == "admin":
            user.is_superuser = user.is_staff = True
            user.save(update_fields=["is_superuser", "is_staff"])
