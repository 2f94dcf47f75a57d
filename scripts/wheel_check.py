"""Build sitroom's wheel and run it from a new venv outside the checkout.

    python scripts/wheel_check.py [--shared DIR] [--keep]

What `pip install .` gives a user: the wheel is built without the network (the lock's
setuptools), installed with the locked, hash-checked dependencies into a fresh venv in a
temporary folder, and then, from a working directory that is not the checkout,
`sitroom --version`, `sitroom run` on the example corpus, `sitroom report --format html`
and `sitroom evaluate --only seeds` must succeed; the installed package must not be
imported from the source tree. Exits non-zero on the first failure, naming the step.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def step(name: str, cmd: list[str], cwd: Path, env: dict[str, str]) -> str:
    print(f"wheel-check: {name}", flush=True)
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        raise SystemExit(f"wheel-check: {name} failed (exit {done.returncode})")
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--keep", action="store_true", help="Keep the temporary folder.")
    args = parser.parse_args()
    env = {**os.environ, "PIP_NO_CACHE_DIR": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("VIRTUAL_ENV", None)
    work = Path(tempfile.mkdtemp(prefix="sitroom-wheel-"))
    try:
        dist = work / "dist"
        step(
            "build the wheel",
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--no-deps",
                "--no-build-isolation",
                "-w",
                str(dist),
                str(REPO),
            ],
            REPO,
            env,
        )
        wheel = next(dist.glob("sitroom-*.whl"))
        venv.create(work / "venv", with_pip=True)
        py = str(work / "venv" / "bin" / "python")
        sitroom = str(work / "venv" / "bin" / "sitroom")
        pip = [py, "-m", "pip", "install", "--quiet", "--require-hashes"]
        step(
            "bootstrap the pinned pip",
            [*pip, "-r", str(REPO / "requirements-bootstrap.txt")],
            work,
            env,
        )
        step(
            "install the lock",
            [*pip, "--no-deps", "-r", str(REPO / "requirements.lock")],
            work,
            env,
        )
        step(
            "install the wheel",
            [py, "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)],
            work,
            env,
        )
        where = step(
            "import from site-packages",
            [py, "-c", "import sitroom; print(sitroom.__file__)"],
            work,
            env,
        )
        if str(REPO) in where or "site-packages" not in where:
            raise SystemExit(f"wheel-check: sitroom imported from {where.strip()}, not the venv")
        print(step("sitroom --version", [sitroom, "--version"], work, env).strip())
        corpus = REPO / "examples" / "corpus"
        summary = step(
            "sitroom run on the example corpus",
            [sitroom, "run", str(corpus), "--db", "w.db", "--report", "w.md"],
            work,
            env,
        )
        print(summary.strip().splitlines()[0])
        step(  # the web templates and static files are package data too
            "sitroom report --format html",
            [sitroom, "report", "--db", "w.db", "--format", "html", "--out", "w.html"],
            work,
            env,
        )
        if "<style>" not in (work / "w.html").read_text(encoding="utf-8"):
            raise SystemExit("wheel-check: the HTML brief has no stylesheet (package data?)")
        if args.shared.is_dir():
            card = step(
                "sitroom evaluate --only seeds",
                [sitroom, "evaluate", "--data", str(args.shared), "--only", "seeds"],
                work,
                env,
            )
            print(f"wheel-check: seeds scored ({len(card.splitlines())} lines)")
        else:
            print(f"wheel-check: {args.shared} not found; evaluate not checked")
    finally:
        if args.keep:
            print(f"wheel-check: kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print("wheel-check: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
