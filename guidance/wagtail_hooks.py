from wagtail import hooks

from .views.requests_admin import LearningRequestViewSet


@hooks.register("register_admin_viewset")
def register_learning_request_viewset():
    return LearningRequestViewSet("learning_requests")
