from django.urls import include, path


def broken_view(request):
    raise RuntimeError("database password=hunter2 leaked?")


urlpatterns = [path("broken/", broken_view), path("", include("hub.urls"))]
