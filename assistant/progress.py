"""Ingest progress for a log file or a pipe: a line every few seconds with totals and the time left, where a
terminal gets a live bar."""

from __future__ import annotations

import time
from collections.abc import Callable


def duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"


class ProgressLines:
    """`(document, done, total, stage)` callbacks in — stage "ocr" counts pages, "embedding" texts — at most one
    line per `interval` seconds out (and one when a stage completes after lines were printed for it)."""

    def __init__(self, write: Callable[[str], None], interval: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.write, self.interval, self.clock = write, interval, clock
        self._document: tuple[str, str] | None = None
        self._started = self._last = 0.0
        self._printed = False

    def __call__(self, document: str, done: int, total: int, stage: str = "embedding") -> None:
        now = self.clock()
        if (document, stage) != self._document or done == 0:
            self._document, self._started, self._last, self._printed = (document, stage), now, now, False
            return
        finished = done >= total
        if now - self._last < self.interval and not (finished and self._printed):
            return
        self._last, self._printed = now, True
        elapsed = now - self._started
        left = elapsed / done * (total - done) if done else 0.0
        unit = "pages" if stage == "ocr" else "texts"
        self.write(f"{stage} {document}: {done}/{total} {unit} ({done / total:.0%}), {duration(elapsed)} elapsed"
                   + ("" if finished else f", about {duration(left)} left"))
