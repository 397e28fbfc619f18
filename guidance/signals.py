"""Every receiver guidance connects, by feature. Imported once from ``GuidanceConfig.ready()``."""

from .requests import signals as requests  # noqa: F401  (closing or assigning a request e-mails people)
