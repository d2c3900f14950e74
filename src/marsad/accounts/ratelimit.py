"""In-memory sliding-window rate limits (per process): login attempts and API calls."""

from __future__ import annotations

import threading
import time
from collections import deque


class RateLimiter:
    """At most `limit` hits per `window` seconds for each key."""

    def __init__(self, limit: int, window: float, clock=time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._hits.setdefault(key, deque())
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def blocked(self, key: str) -> bool:
        with self._lock:
            return len(self._recent(key, self.clock())) >= self.limit

    def hit(self, key: str) -> bool:
        """Count one hit; False when the key is already over its limit (the hit is not counted)."""
        with self._lock:
            now = self.clock()
            q = self._recent(key, now)
            if len(q) >= self.limit:
                return False
            q.append(now)
            if len(self._hits) > 10_000:
                self._sweep(now)
            return True

    def retry_after(self, key: str) -> int:
        with self._lock:
            q = self._recent(key, self.clock())
            return max(1, int(q[0] + self.window - self.clock()) + 1) if q else 0

    def reset(self, key: str) -> None:
        with self._lock:
            self._hits.pop(key, None)

    def _sweep(self, now: float) -> None:
        for k in [k for k, q in self._hits.items() if not q or q[-1] <= now - self.window]:
            del self._hits[k]


class Limits:
    """The limits one app uses; tests may build an app with tighter or looser ones."""

    def __init__(self, login: tuple[int, float] = (5, 300), login_ip: tuple[int, float] = (30, 300),
                 signup: tuple[int, float] = (10, 3600), api: tuple[int, float] = (120, 60)):
        self.login = RateLimiter(*login)        # failed sign-ins per user name
        self.login_ip = RateLimiter(*login_ip)  # failed sign-ins per client address (may be shared)
        self.signup = RateLimiter(*signup)
        self.api = RateLimiter(*api)
