"""Demo expert profiles and a few thanks. Safe to run again: profiles are created
only for accounts that have none, thanks only when the expert has none yet."""

from django.contrib.auth import get_user_model

from .kudos.models import Kudos
from .profiles.models import ExpertIndexPage, ExpertProfilePage

PROFILES = [
    {
        "username": "expert",
        "job_title": "Team lead customer service",
        "department": "Customer service",
        "region": "benelux",
        "languages": ["nl", "en"],
        "expertise": ["Excel", "Onboarding", "Customer service"],
        "ask_me_about": "Pivot tables, onboarding new colleagues, giving feedback.",
        "bio": "<p>Ten years in customer service. I like turning long exports into clear answers.</p>",
        "show_email": True,
    },
    {
        "username": "lotte",
        "job_title": "Privacy officer",
        "department": "Legal",
        "region": "emea",
        "languages": ["nl", "en", "de"],
        "expertise": ["Privacy", "Compliance", "Travel"],
        "ask_me_about": "What you may share with whom, and what to do after a data leak.",
        "bio": "<p>I help teams handle personal data with care.</p>",
        "show_email": False,
    },
    {
        "username": "daan",
        "job_title": "Warehouse supervisor",
        "department": "Operations",
        "region": "benelux",
        "languages": ["nl"],
        "expertise": ["Safety", "Warehouse", "Finance"],
        "ask_me_about": "Forklift checks, incident reports, expense claims.",
        "bio": "<p>Everyone goes home safely, every day.</p>",
        "show_email": False,
    },
    {
        "username": "moderator",
        "job_title": "Learning consultant",
        "department": "Learning & Development",
        "region": "global",
        "languages": ["en", "nl"],
        "expertise": ["Leadership", "Writing"],
        "ask_me_about": "How to turn what you know into a short course.",
        "bio": "<p>I coach experts who share what they know.</p>",
        "show_email": True,
    },
]

KUDOS = [("employee", "expert", "Your pivot table course saved me an afternoon. Thank you!")]


def seed_experts(home):
    index = ExpertIndexPage.objects.child_of(home).first()
    if index is None:
        return 0
    users = get_user_model().objects.in_bulk(
        [spec["username"] for spec in PROFILES] + ["employee"], field_name="username"
    )
    created = 0
    for spec in PROFILES:
        user = users.get(spec["username"])
        if user is None or ExpertProfilePage.objects.filter(user=user).exists():
            continue
        # At an address made from the name (/experts/sanne-de-vries/), as /experts/me/ makes it.
        profile = index.new_profile(user)
        profile.title = user.get_full_name() or user.get_username()
        for name in ("job_title", "department", "region", "bio", "ask_me_about", "show_email"):
            setattr(profile, name, spec[name])
        profile.expertise.add(*spec["expertise"])
        profile.set_languages(spec["languages"])
        index.add_child(instance=profile)
        profile.save_revision(user=user).publish(user=user, skip_permission_checks=True)
        created += 1
    for sender, recipient, message in KUDOS:
        if (
            sender in users
            and recipient in users
            and not Kudos.objects.filter(recipient=users[recipient]).exists()
        ):
            Kudos.objects.create(sender=users[sender], recipient=users[recipient], message=message)
            created += 1
    return created
