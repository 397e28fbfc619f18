"""Every receiver the hub connects, by feature. Imported once from ``HubConfig.ready()``."""

from .accounts import signals as accounts  # noqa: F401  (every account is an employee first)
from .authoring import signals as authoring  # noqa: F401  (publishing closes readers' flags)
from .navigation import signals as navigation  # noqa: F401  (forgets the cached page chrome)
