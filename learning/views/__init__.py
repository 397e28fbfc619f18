from .from_template import choose_template, start_from_template

__all__ = ["choose_template", "start_from_template"]
