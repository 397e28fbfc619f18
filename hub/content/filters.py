"""Filtered lists share one way of showing and dropping filters: the course listing,
the expert directory and search results.

- Each filter in use is a removable chip: its name, the value chosen and a link to the
  same list without it (and from its first page).
- A value that is not one of a filter's choices (an old link, a typo, a topic nobody
  uses any more) is dropped, and the page says so, naming it. The rest of the list is
  shown as if it had not been given: never an error, never an empty list for it.

Views build a :class:`Filters` and templates show it with ``includes/filter_chips.html``.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FilterChip:
    label: str  # the filter's name, e.g. "Topic"
    value: str  # the value chosen, as people read it, e.g. "Excel"
    remove_url: str  # this list without the filter


@dataclass(frozen=True)
class DroppedFilter:
    name: str  # the query-string parameter, e.g. "topic"
    label: str
    value: str


@dataclass
class Filters:
    """What ``includes/filter_chips.html`` shows above a filtered list."""

    chips: list = field(default_factory=list)
    dropped: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.chips or self.dropped)


def url_without(params, *names):
    """The query string of ``params`` without ``names``, and without the page number
    (what was page 3 of a longer list may not exist once a filter is gone)."""
    remaining = params.copy()
    for name in (*names, "page"):
        remaining.pop(name, None)
    return f"?{remaining.urlencode()}"


def url_with(params, name, value):
    """The query string of ``params`` with ``name`` set to ``value`` (removed when
    empty), from the first page."""
    changed = params.copy()
    changed.pop("page", None)
    changed.pop(name, None)
    if value:
        changed[name] = value
    return f"?{changed.urlencode()}"


def validated_filterset(filterset_class, params, queryset, defaults=None, **kwargs):
    """``(filterset, dropped)``: the django-filter ``filterset_class`` bound to
    ``params`` with every value that does not validate left out (``defaults`` apply
    instead, e.g. the sort order), and a :class:`DroppedFilter` for each."""
    defaults = defaults or {}
    data = params.copy()
    for name, value in defaults.items():
        data.setdefault(name, value)
    filterset = filterset_class(data, queryset=queryset, **kwargs)
    if filterset.is_valid():
        return filterset, []
    dropped = []
    for name in list(filterset.errors):
        field_ = filterset.form.fields.get(name)
        dropped.append(DroppedFilter(name, str(field_.label) if field_ else name, params.get(name, "")))
        data.pop(name, None)
        if name in defaults:
            data[name] = defaults[name]
    filterset = filterset_class(data, queryset=queryset, **kwargs)
    filterset.is_valid()
    return filterset, dropped


def chips_for(form, params, skip=(), dropped=()):
    """A :class:`FilterChip` for each field of a valid ``form`` that has a value,
    except those in ``skip`` (the sort order is not a filter). Their links leave out the
    ``dropped`` values too, so removing a chip does not bring one back."""
    params = params.copy()
    for item in dropped:
        params.pop(item.name, None)
    chips = []
    for name, value in form.cleaned_data.items():
        if name in skip or value in (None, "", [], ()):
            continue
        form_field = form.fields[name]
        shown = dict(getattr(form_field, "choices", ())).get(value, value)
        chips.append(FilterChip(str(form_field.label), str(shown), url_without(params, name)))
    return chips
