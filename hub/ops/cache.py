"""A Redis cache that a Redis outage does not turn into errors.

With Django's own RedisCache every page is a 500 while Redis is down. This one answers
from the server's own memory instead, and tries Redis again after RETRY_SECONDS, so
pages stay up and /healthz/ready reports the cache as degraded.

While degraded, what each server keeps for itself may differ from what another server
keeps, so local entries live for LOCAL_SECONDS at most, and sessions are never answered
from memory: they come from the database (SESSION_ENGINE ``cached_db``), so signing
out on one server signs out on all.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

RETRY_SECONDS = 10
LOCAL_SECONDS = 30
SESSION_KEY_PREFIX = "django.contrib.sessions.cache"


class FallbackRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._local = LocMemCache(f"redis-fallback-{id(self)}", {"TIMEOUT": LOCAL_SECONDS})
        self._down_until = 0.0
        self._lock = threading.Lock()

    def reachable(self):
        """Whether Redis answers now (for the health check)."""
        try:
            return bool(self._cache.get_client(write=False).ping())
        except RedisError:
            return False

    def _fall_back(self, error):
        with self._lock:
            if time.monotonic() >= self._down_until:
                log.warning(
                    "Redis cannot be reached (%s); using this server's memory for %ss", error, RETRY_SECONDS
                )
            self._down_until = time.monotonic() + RETRY_SECONDS

    def _call(self, name, *args, **kwargs):
        if time.monotonic() >= self._down_until:
            try:
                return getattr(super(), name)(*args, **kwargs)
            except RedisError as error:
                self._fall_back(error)
        return getattr(self, f"_local_{name}", getattr(self._local, name))(*args, **kwargs)

    # While Redis is down: short local lifetimes, and no sessions from memory.
    def _local_timeout(self, timeout):
        if timeout is DEFAULT_TIMEOUT or timeout is None:
            return LOCAL_SECONDS
        return min(timeout, LOCAL_SECONDS)

    def _local_get(self, key, default=None, version=None):
        if str(key).startswith(SESSION_KEY_PREFIX):
            return default
        return self._local.get(key, default, version)

    def _local_set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if not str(key).startswith(SESSION_KEY_PREFIX):
            self._local.set(key, value, self._local_timeout(timeout), version)

    def _local_add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._local.add(key, value, self._local_timeout(timeout), version)

    def _local_set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._local.set_many(data, self._local_timeout(timeout), version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, version)

    def clear(self):
        return self._call("clear")
