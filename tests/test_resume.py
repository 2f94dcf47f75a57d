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
SITROOM = str(Path(sys.executable).parent / "sitroom")

pytestmark = pytest.mark.model


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _run(db: Path, config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [SITROOM, "run", str(CORPUS), "--db", str(db), "--config", str(config)],
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
    with sqlite3.connect(db) as conn:
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        except sqlite3.OperationalError:  # killed before the schema was committed
            return 0


def test_sigkill_at_random_moments_then_rerun_gives_the_clean_store(tmp_path: Path) -> None:
    config = tmp_path / "sitroom.toml"
    config.write_text("[pipeline]\ncommit_every = 3\n", encoding="utf-8")
    clean = tmp_path / "clean.db"
    started = time.monotonic()
    _finish(_run(clean, config))
    duration = time.monotonic() - started
    expected = _checksums(clean)
    n_docs = _stored(clean)
    assert n_docs >= 20 and expected["stories"] != expected["articles"]

    seed = random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    outcomes: list[tuple[float, int]] = []
    for pair in range(5):  # two trials at a time: the machine has two cores
        dbs = [tmp_path / f"killed{pair}-{i}.db" for i in range(2)]
        moments = sorted(rng.uniform(0.1, 0.95) * duration for _ in dbs)
        begun = time.monotonic()
        procs = [_run(db, config) for db in dbs]
        for proc, moment in zip(procs, moments, strict=True):
            time.sleep(max(0.0, begun + moment - time.monotonic()))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        partial = [_stored(db) for db in dbs]
        for proc in [_run(db, config) for db in dbs]:
            _finish(proc)
        for db, moment, n in zip(dbs, moments, partial, strict=True):
            outcomes.append((round(moment, 2), n))
            assert _checksums(db) == expected, (
                f"seed {seed}: killed at {moment:.2f} s with {n} articles stored, the re-run "
                "did not end with the clean run's store"
            )
    # The kills landed in the middle of the work, not only before or after it.
    assert len(outcomes) == 10
    assert any(0 < partial < n_docs for _, partial in outcomes), (seed, outcomes)


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
