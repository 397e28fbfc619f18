"""/my-learning/: a learner's own record (included by hub/urls.py)."""

from django.urls import path

from .my_learning import views

app_name = "my_learning"
urlpatterns = [
    path("", views.index, name="index"),
    path("export.csv", views.export, name="export"),
    path("certificates/<int:enrolment_id>/", views.certificate, name="certificate"),
    path("time/", views.record_time, name="time"),
]
