"""E-mail to an expert when someone thanks them, in the expert's own language, with a
link built from WAGTAILADMIN_BASE_URL (requests are not available to a worker)."""

from hub.ops.mail import absolute_url, send_personal_mail


def notify_expert_of_kudos(kudos, profile_page):
    recipient = kudos.recipient
    if not recipient.is_active or not recipient.email:
        return False
    sender = kudos.sender
    context = {
        "kudos": kudos,
        "recipient": recipient,
        "sender_name": (sender.get_full_name() or sender.get_username()) if sender else "",
        "profile_url": absolute_url(profile_page.get_url()) + "#thanks",
    }
    send_personal_mail(recipient, "people/email/kudos_subject.txt", "people/email/kudos.txt", context)
    return True
