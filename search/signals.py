"""Keep the index right the moment something is published.

Wagtail indexes a page on ``post_save``, but a page's tags, co-authors and other inline
children (modelcluster relations) are written *after* that signal, so the index would
lag one save behind: a new course would not be found by its topic or co-author until
it was saved again. ``page_published`` comes after everything is written."""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.tasks import insert_or_update_object_task
from wagtail.signals import page_published

from .promotions import forget_promoted_queries
from .types import installed_types


def reindex_published_page(sender, instance, **kwargs):
    if any(issubclass(sender, t.model) for t in installed_types() if t.is_page):
        # The same task Wagtail's post_save uses: immediate by default, or queued for
        # the worker in the publishing transaction (TASKS_BACKEND=database).
        insert_or_update_object_task.enqueue(
            sender._meta.app_label, sender._meta.model_name, str(instance.pk)
        )


def connect(app_config):
    page_published.connect(reindex_published_page, dispatch_uid="search_reindex_published_page")
    for signal in (post_save, post_delete):
        signal.connect(
            forget_promoted_queries, sender=SearchPromotion, dispatch_uid="search_forget_promotions"
        )
