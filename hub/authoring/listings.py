"""Admin listings of things readers leave on a course or guidance page (ratings, flags).

People with the model's "change" permission (L&D moderators, administrators) see and act
on all of them; people with only "view" (experts) see those about pages they own or
co-author, filtered in the database, and get a 404 for anyone else's, however the URL is
made. Nobody adds or deletes them here: they are the readers' own.
"""

from django.db.models import Q
from django.http import Http404
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import authored_page_models


class AuthoredObjectPolicy(ModelPermissionPolicy):
    denied_actions = frozenset({"add", "delete"})

    def __init__(self, model, page_field):
        super().__init__(model)
        self.page_field = page_field

    def user_has_permission(self, user, action):
        return action not in self.denied_actions and super().user_has_permission(user, action)

    def sees_all(self, user):
        return super().user_has_permission(user, "change")

    def authored_by(self, user):
        """Objects about pages ``user`` owns or co-authors, in one query with subqueries."""
        condition = Q(**{f"{self.page_field}__owner": user})
        for model in authored_page_models():
            condition |= Q(
                **{f"{self.page_field}__in": model.objects.filter(co_authors__user=user).values("pk")}
            )
        return condition

    def instances_user_has_any_permission_for(self, user, actions):
        actions = set(actions) - self.denied_actions
        objects = self.model._default_manager.all()
        if not user.is_active or not actions:
            return objects.none()
        if self.sees_all(user):
            return objects
        if "view" in actions and self.user_has_permission(user, "view"):
            return objects.filter(self.authored_by(user))
        return objects.none()

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.instances_user_has_any_permission_for(user, actions).filter(pk=instance.pk).exists()


class AuthoredObjectIndexView(IndexView):
    def get_base_queryset(self):
        visible = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["view", "change"]
        )
        return super().get_base_queryset().filter(pk__in=visible.values("pk"))


class AuthoredObjectMixin:
    """Someone else's object is "not found", not merely forbidden."""

    object_actions = ["view", "change"]

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, self.object_actions, instance
        ):
            raise Http404
        return instance


class AuthoredObjectInspectView(AuthoredObjectMixin, InspectView):
    pass


class AuthoredObjectEditView(AuthoredObjectMixin, EditView):
    object_actions = ["change"]
