"""``python -m sitroom``: the command line."""

from sitroom.show.cli import main

main()
