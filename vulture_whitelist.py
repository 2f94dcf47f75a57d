"""Names that vulture (``make deadcode``) cannot see being used.

Every name here is called by a framework, not by sitroom's code; add a name only with the
framework that uses it. Run ``vulture ... --make-whitelist`` to list candidates.
"""
# ruff: noqa
# mypy: ignore-errors

# Python: a module's lazy attributes (PEP 562).
__getattr__  # src/sitroom/__init__.py

# spaCy: factories are called through the registry by their names.
make_actor_linker  # src/sitroom/nlp/actors/__init__.py
make_layout  # src/sitroom/nlp/layout.py
make_position_finder  # src/sitroom/nlp/positions/__init__.py
make_position_finder_v2  # src/sitroom/nlp/positions/__init__.py
_.default_error_handler  # spaCy reads it: src/sitroom/run/pipeline.py

# Typer: commands and the app callback are called by Click.
issues_propose  # src/sitroom/show/cli/browse.py
_root  # src/sitroom/show/cli/common.py

# sqlite3 and the context-manager and signal-handler protocols.
_.row_factory  # src/sitroom/store/core.py
exc_type  # Store.__exit__
tb  # Store.__exit__
signum  # the signal handler of src/sitroom/run/runner.py

# The parsed issue catalog keeps every phrase list of the file (the cues are built from
# them): src/sitroom/nlp/positions/catalog.py.
against
favour

# Tests: uvicorn's server flag, a spaCy component registered by name, HTMLParser hooks.
_.should_exit  # tests/test_browser.py
_boom  # tests/test_isolation.py
_.handle_starttag  # tests/test_web_pages.py
_.handle_endtag  # tests/test_web_pages.py
_.handle_data  # tests/test_web_pages.py
wide  # a pytest fixture used by name (usefixtures): tests/test_cli.py
_gazetteer  # an autouse pytest fixture: tests/test_claims_scope.py

# NumPy: setting a flag on an array's flags object.
_.writeable  # src/sitroom/stories/minhash.py (frozen permutation arrays)
