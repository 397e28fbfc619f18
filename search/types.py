"""The kinds of result search finds: every ``SearchType`` the apps registered for the
``hub.hooks.SEARCH_TYPES`` hook (hub/content/search.py), whose model is installed."""

from hub import hooks
from hub.content.search import SearchType

__all__ = ["SearchType", "get_type", "installed_types", "type_for_model"]


def installed_types():
    """Registered types whose model is installed, in their order."""
    return [t for t in hooks.collect(hooks.SEARCH_TYPES) if t.is_installed()]


def get_type(key):
    return next((t for t in installed_types() if t.key == key), None)


def type_for_model(model):
    for search_type in installed_types():
        if issubclass(model, search_type.model):
            return search_type
    return None
