"""Demo content from every app, for ``manage.py seed_demo`` (hook ``hub.hooks.DEMO_SEEDERS``)."""

from collections.abc import Callable
from dataclasses import dataclass

from hub import hooks


@dataclass(frozen=True)
class DemoSeeder:
    """Demo content of one app. ``seed(home)`` must be safe to run again and return how
    many objects it created."""

    key: str
    seed: Callable
    order: int = 50


def demo_seeders():
    return hooks.collect(hooks.DEMO_SEEDERS)
