"""Metadata normalisation shared by the readers and the repair stage."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

# Domains of outlets whose display name is not simply the domain's name part.
KNOWN_OUTLETS: dict[str, str] = {
    "dw.com": "DW",
    "reuters.com": "Reuters",
    "apnews.com": "AP",
    "afp.com": "AFP",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "cnn.com": "CNN",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "theguardian.com": "The Guardian",
    "ft.com": "Financial Times",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "euronews.com": "Euronews",
    "france24.com": "France 24",
    "aljazeera.com": "Al Jazeera",
    "bloomberg.com": "Bloomberg",
    "npr.org": "NPR",
    "foxnews.com": "Fox News",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "huffpost.com": "HuffPost",
    "huffingtonpost.com": "HuffPost",
    "breitbart.com": "Breitbart",
    "tass.com": "TASS",
    "tass.ru": "TASS",
    "rferl.org": "RFE/RL",
    "kyivindependent.com": "The Kyiv Independent",
    "euractiv.com": "Euractiv",
    "economist.com": "The Economist",
    "lemonde.fr": "Le Monde",
    "spiegel.de": "Der Spiegel",
}
# Second-level labels under which registrars sell names (example.co.uk, example.com.au).
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "go", "ne", "or"})

_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")
_DMY = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")
_FORMATS = (
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%A, %d %B %Y",
    "%A, %B %d, %Y",
    "%a, %d %b %Y %H:%M:%S %z",
    "%a, %d %b %Y %H:%M:%S %Z",
    "%Y%m%d",
)


def normalise_date(value: object) -> str | None:
    """``YYYY-MM-DD`` for a date given as ISO text, common English forms or epoch seconds."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, int | float):
        try:
            seconds = value / 1000 if value > 1e11 else value
            return datetime.fromtimestamp(seconds, tz=UTC).strftime("%Y-%m-%d")
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _ISO.match(text)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    match = _DMY.match(text)
    if match:
        return _valid(int(match[3]), int(match[2]), int(match[1]))
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    for fmt in _FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:[/-]|$)")


def date_from_url(url: str | None) -> str | None:
    """The publication date many outlets put in their URLs (``/2025/02/13/``)."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    return _valid(int(m[1]), int(m[2]), int(m[3])) if m else None


def domain_of(url: str) -> str | None:
    """The host of ``url`` without ``www.``, lower-cased; None when it has none."""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.").lower()


def publisher_from_url(url: str | None) -> str | None:
    """Publisher name for a URL: a known outlet's name, else the domain's name part."""
    if not url:
        return None
    host = domain_of(url)
    if not host:
        return None
    labels = host.split(".")
    for i in range(len(labels) - 1):
        name = KNOWN_OUTLETS.get(".".join(labels[i:]))
        if name:
            return name
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return labels[-3]
    for i in range(1, len(labels) - 1):
        if ".".join(labels[i:]) in HOSTING_PLATFORMS or labels[i] in _CLOUD_LABELS:
            return labels[i - 1]  # "kunc.cloudapi.example.net": the site, not its host
    return labels[-2] if len(labels) >= 2 else labels[0]


# Domains under which many sites live: the publisher is the label before them.
HOSTING_PLATFORMS = frozenset(
    {
        "azurewebsites.net", "cloudapp.net", "cloudapp.azure.com", "herokuapp.com",
        "github.io", "gitlab.io", "wordpress.com", "blogspot.com", "substack.com",
        "medium.com", "netlify.app", "vercel.app", "pages.dev", "appspot.com",
        "amazonaws.com", "cloudfront.net", "firebaseapp.com", "web.app", "onrender.com",
        "fly.dev", "wixsite.com", "squarespace.com", "tumblr.com",
    }
)  # fmt: skip
_CLOUD_LABELS = frozenset({"cloudapi", "cloudapp", "cdn", "edgekey", "akamaized"})
