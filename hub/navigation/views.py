from django.shortcuts import render


def contact(request):
    """How to reach the learning team; the details live in the hub settings."""
    return render(request, "hub/navigation/contact.html")
