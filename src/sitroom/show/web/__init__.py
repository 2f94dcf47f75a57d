"""The browser side of sitroom: the HTTP API, the pages of ``sitroom serve`` and the HTML
brief of ``sitroom report --format html``."""
