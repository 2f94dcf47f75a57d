"""Commit as you go: a run killed at any moment and run again ends with a clean run's store."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitroom.store.checksum import table_checksums

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
# The command line of this checkout (the installed `sitroom` script may be another copy).
SITROOM = [sys.executable, "-m", "sitroom"]

pytestmark = pytest.mark.model


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _run(db: Path, config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*SITROOM, "run", str(CORPUS), "--db", str(db), "--config", str(config)],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _finish(proc: subprocess.Popen[bytes]) -> None:
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr.decode()


def _checksums(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return table_checksums(conn)


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # killed (or polled) before the schema was committed
        return 0


def _kill_when(
    procs: list[subprocess.Popen[bytes]], dbs: list[Path], targets: list[tuple[int, float]]
) -> list[int]:
    """SIGKILL each run once its store holds ``target`` articles, ``delay`` seconds later
    (a random moment of its work, however loaded the machine is); what each had stored."""
    reached: list[float | None] = [None] * len(procs)
    stored = [-1] * len(procs)
    deadline = time.monotonic() + 300
    while any(n < 0 for n in stored) and time.monotonic() < deadline:
        for i, (proc, db, (target, delay)) in enumerate(zip(procs, dbs, targets, strict=True)):
            if stored[i] >= 0:
                continue
            if reached[i] is None and _stored(db) >= target:
                reached[i] = time.monotonic()
            if proc.poll() is not None or (
                reached[i] is not None and time.monotonic() >= reached[i] + delay  # type: ignore[operator]
            ):
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                stored[i] = _stored(db)
        time.sleep(0.02)
    return stored


def test_sigkill_at_random_moments_then_rerun_gives_the_clean_store(tmp_path: Path) -> None:
    config = tmp_path / "sitroom.toml"
    config.write_text("[pipeline]\ncommit_every = 3\n", encoding="utf-8")
    clean = tmp_path / "clean.db"
    _finish(_run(clean, config))
    expected = _checksums(clean)
    n_docs = _stored(clean)
    assert n_docs >= 20 and expected["stories"] != expected["articles"]

    seed = random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    outcomes: list[tuple[int, float, int]] = []
    for pair in range(5):  # two trials at a time: the machine has two cores
        dbs = [tmp_path / f"killed{pair}-{i}.db" for i in range(2)]
        # A moment: once the store holds `target` articles (0: still loading), plus a delay.
        targets = [(rng.randrange(0, n_docs - 3), rng.uniform(0.0, 1.5)) for _ in dbs]
        procs = [_run(db, config) for db in dbs]
        partial = _kill_when(procs, dbs, targets)
        for proc in [_run(db, config) for db in dbs]:
            _finish(proc)
        for db, (target, delay), n in zip(dbs, targets, partial, strict=True):
            outcomes.append((target, round(delay, 2), n))
            assert _checksums(db) == expected, (
                f"seed {seed}: killed {delay:.2f} s after {target} articles were stored, "
                f"with {n} stored; the re-run did not end with the clean run's store"
            )
    assert len(outcomes) == 10
    # The kills landed in the middle of the work, not only before or after it.
    assert any(0 < n < n_docs for *_, n in outcomes), (seed, outcomes)


def test_ctrl_c_stops_after_the_current_batch_with_a_summary(tmp_path: Path) -> None:
    config = tmp_path / "sitroom.toml"
    config.write_text("[pipeline]\ncommit_every = 3\n", encoding="utf-8")
    db = tmp_path / "interrupted.db"
    proc = _run(db, config)
    deadline = time.monotonic() + 120
    while _stored(db) == 0 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    stored = _stored(db)
    assert proc.returncode == 130, stderr.decode()
    assert "Interrupted: stopped after" in stderr.decode()
    assert 0 < stored < 23 and stored % 3 == 0  # whole batches only
    _finish(_run(db, config))
    assert _stored(db) == 23
