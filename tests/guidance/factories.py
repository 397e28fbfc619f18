"""Only for tests/search, which still imports GuidancePageFactory from here: the factories
live in tests/factories/. Remove this module once tests/search imports from there."""

from tests.factories import GuidancePageFactory

__all__ = ["GuidancePageFactory"]
