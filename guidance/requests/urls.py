from django.urls import path

from . import views

app_name = "requests"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new, name="new"),
    path("similar/", views.similar, name="similar"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/vote/", views.vote, name="vote"),
    path("<int:pk>/vote/withdraw/", views.withdraw_vote, name="withdraw_vote"),
    path("<int:pk>/comment/", views.comment, name="comment"),
    path("<int:pk>/comments/<int:comment_pk>/remove/", views.remove_comment, name="remove_comment"),
    path("<int:pk>/claim/", views.claim, name="claim"),
    path("<int:pk>/unclaim/", views.unclaim, name="unclaim"),
    path("<int:pk>/status/", views.triage, name="triage"),
]
