from django.urls import path

from .views import my_learning

app_name = "my_learning"
urlpatterns = [
    path("", my_learning.index, name="index"),
    path("export.csv", my_learning.export, name="export"),
    path("certificates/<int:enrolment_id>/", my_learning.certificate, name="certificate"),
    path("time/", my_learning.record_time, name="time"),
]
