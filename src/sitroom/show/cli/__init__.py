"""sitroom's command line: thin commands over the library.

Every command has help with an example; wrong arguments give a one-line error and exit
status 2; a bad input file is reported and skipped (exit status 3 when anything was
skipped, so scripts can tell).

The commands live by what they do: :mod:`.jobs` reads documents (``run``, ``extract``,
``ingest``, ``evaluate``), :mod:`.browse` reads the store; :mod:`.common` holds the app and
what the commands share. They are registered here, in the order ``--help`` lists them.
"""

from __future__ import annotations

import logging
import sys

import typer

from sitroom.errors import SitroomError
from sitroom.run.scale import commands as scale_commands
from sitroom.show.cli import browse, jobs
from sitroom.show.cli.common import USAGE_ERROR, app, err
from sitroom.show.safety import terminal_text
from sitroom.show.web import commands as web_commands

__all__ = ["app", "main"]

for _command in (
    jobs.run,
    jobs.extract,
    jobs.ingest,
    browse.stories,
    browse.actors,
    browse.quotes,
    browse.events,
    browse.positions,
    browse.claims,
    browse.search,
    browse.export,
    jobs.evaluate,
    # The browser side: `sitroom serve` and `sitroom report` (see sitroom.show.web.commands).
    web_commands.serve,
    web_commands.report,
    # Speed: `sitroom bench` (see sitroom.run.scale.commands).
    scale_commands.bench,
):
    app.command()(_command)
app.add_typer(browse.issues_app, name="issues")


def main() -> None:
    """Entry point: one-line errors instead of tracebacks."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except typer.Abort:
        err.print("sitroom: aborted")
        sys.exit(130)
    except USAGE_ERROR as exc:
        ctx = getattr(exc, "ctx", None)
        hint = f" (see sitroom {ctx.info_name} --help)" if ctx is not None else ""
        message = exc.format_message()  # type: ignore[attr-defined]
        err.print(terminal_text(f"sitroom: error: {message}{hint}"), soft_wrap=True)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except SitroomError as exc:
        err.print(terminal_text(f"sitroom: error: {exc}"), soft_wrap=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
