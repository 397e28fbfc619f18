"""Expert profiles made at /experts/<username>/ move to an address made from the
person's name, as /experts/me/ has made them since: a username is no one's public name,
and an e-mail-like one (from company sign-in) is no valid address at all. The old
address answers with a permanent redirect (Wagtail's redirects), and the page's
revisions learn the new slug, so the next publish from the admin keeps it."""

from django.db import migrations
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect


def free_slug(base, taken):
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def public_paths(Site, Page, url_path):
    """The path of ``url_path`` on each site it is under (``/experts/expert/``)."""
    for site in Site.objects.all():
        root = Page.objects.get(pk=site.root_page_id).url_path
        if url_path.startswith(root):
            yield site, "/" + url_path[len(root) :]


def addresses_from_names(apps, schema_editor):
    Profile = apps.get_model("people", "ExpertProfilePage")
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    Site = apps.get_model("wagtailcore", "Site")
    RedirectRow = apps.get_model("wagtailredirects", "Redirect")
    for profile in Profile.objects.select_related("user").exclude(user=None):
        user = profile.user
        base = slugify(f"{user.first_name} {user.last_name}".strip())
        if profile.slug != user.username or not base or base == profile.slug:
            continue
        siblings = Page.objects.filter(path__startswith=profile.path[:-4], depth=profile.depth)
        slug = free_slug(base, set(siblings.exclude(pk=profile.pk).values_list("slug", flat=True)))
        old_url_path = profile.url_path
        new_url_path = old_url_path[: -len(profile.slug) - 1] + slug + "/"
        Page.objects.filter(pk=profile.pk).update(slug=slug, url_path=new_url_path)
        for revision in Revision.objects.filter(object_id=str(profile.pk), content_type_id=profile.content_type_id):
            revision.content = {**revision.content, "slug": slug, "url_path": new_url_path}
            revision.save(update_fields=["content"])
        for site, path in public_paths(Site, Page, old_url_path):
            RedirectRow.objects.get_or_create(
                old_path=Redirect.normalise_path(path),
                site=site,
                defaults={"redirect_page_id": profile.pk, "is_permanent": True, "automatically_created": True},
            )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0003_verbose_name_plural"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(addresses_from_names, migrations.RunPython.noop)]
