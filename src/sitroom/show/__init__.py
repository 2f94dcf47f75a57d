"""The show stage: the command line (:mod:`sitroom.show.cli`), the Markdown report, the
positions report, and the web server (HTTP API, pages, the HTML brief). Article text is
made inert for each of these outputs by :mod:`sitroom.show.safety`."""
