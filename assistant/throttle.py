"""Sign-in throttling: failures counted per user name and per client address; from `slow_after` failures on,
each wrong answer comes later (doubling), and at `max_failures` within the window sign-in is refused for a while,
even with the right password. Pure bookkeeping with an injected clock; the web app does the waiting."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class LoginThrottle:
    slow_after: int = 3
    max_failures: int = 10
    window: float = 900.0
    lockout: float = 900.0
    max_delay: float = 30.0
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, deque] = field(default_factory=lambda: defaultdict(deque), repr=False)
    _locked_until: dict[str, float] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @staticmethod
    def keys(user: str, address: str | None) -> list[str]:
        return [f"user:{user.lower()}", f"address:{address or 'unknown'}"]

    def attempt(self, keys: list[str]) -> float:
        """Seconds the caller must wait before a sign-in is allowed (0: go ahead). An allowed attempt counts as a
        failure until `succeeded` says otherwise, so parallel guesses cannot all slip in before the first fails."""
        with self._lock:
            now = self.clock()
            wait = max((self._locked_until.get(k, 0.0) - now for k in keys), default=0.0)
            if wait > 0:
                return wait
            for key in keys:
                failures = self._failures[key]
                while failures and now - failures[0] > self.window:
                    failures.popleft()
                failures.append(now)
                if len(failures) >= self.max_failures:
                    self._locked_until[key] = now + self.lockout
            return 0.0

    def succeeded(self, keys: list[str]) -> None:
        with self._lock:
            user, address = keys
            self._failures.pop(user, None)
            self._locked_until.pop(user, None)
            if self._failures.get(address):
                self._failures[address].pop()  # this attempt was not a failure after all

    def delay(self, keys: list[str]) -> float:
        """How long to hold back the answer to a failed attempt."""
        with self._lock:
            count = max(len(self._failures.get(k, ())) for k in keys)
        return 0.0 if count <= self.slow_after else min(self.max_delay, 2.0 ** (count - self.slow_after - 1))
