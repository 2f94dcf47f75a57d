"""Background ingest jobs of the HTTP API: one worker thread, jobs run one at a time (each
loads the spaCy pipeline and writes to the store), progress counted per article."""

from __future__ import annotations

import logging
import shutil
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sitroom.article import Article
from sitroom.run.runner import RunSummary

log = logging.getLogger(__name__)
MAX_KEPT = 200  # finished jobs remembered; the oldest are forgotten first


@dataclass(slots=True)
class Job:
    id: str
    n_inputs: int
    state: str = "queued"  # queued | running | done | failed
    n_done: int = 0
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    finished: str | None = None
    error: str | None = None
    result: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "state": self.state,
            "n_inputs": self.n_inputs,
            "n_done": self.n_done,
            "created": self.created,
            "finished": self.finished,
            "error": self.error,
            "result": self.result,
        }


def summary_dict(summary: RunSummary) -> dict[str, Any]:
    return {
        "n_articles": summary.n_articles,
        "n_new": summary.n_new,
        "n_skipped": summary.n_skipped,
        "n_stories": summary.n_stories,
        "n_quotes": summary.n_quotes,
        "n_events": summary.n_events,
        "n_positions": summary.n_positions,
        "n_claims": summary.n_claims,
        "skipped": [{"path": e.path, "line": e.line, "reason": e.reason} for e in summary.skipped],
    }


class Jobs:
    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitroom-ingest")

    def submit(
        self,
        work: Callable[[Callable[[Article], None]], RunSummary],
        n_inputs: int,
        cleanup: Path | None = None,
    ) -> Job:
        """Queue ``work`` (called with a per-article callback); ``cleanup`` is a folder
        removed when the job ends (uploaded files)."""
        job = Job(uuid.uuid4().hex, n_inputs)
        with self._lock:
            self._jobs[job.id] = job
            for old in list(self._jobs)[: max(0, len(self._jobs) - MAX_KEPT)]:
                del self._jobs[old]
        self._pool.submit(self._run, job, work, cleanup)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _run(
        self,
        job: Job,
        work: Callable[[Callable[[Article], None]], RunSummary],
        cleanup: Path | None,
    ) -> None:
        job.state = "running"

        def tick(_: Article) -> None:
            job.n_done += 1

        try:
            job.result = summary_dict(work(tick))
            job.state = "done"
        except Exception as exc:  # one failed job is reported, the server goes on
            log.exception("ingest job %s failed", job.id)
            job.error = str(exc) or type(exc).__name__
            job.state = "failed"
        finally:
            job.finished = datetime.now(UTC).isoformat(timespec="seconds")
            if cleanup is not None:
                shutil.rmtree(cleanup, ignore_errors=True)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
