"""Only for tests/search, which still imports CourseFactory from here: the factories live
in tests/factories/. Remove this module once tests/search imports from there."""

from tests.factories import CourseFactory

__all__ = ["CourseFactory"]
