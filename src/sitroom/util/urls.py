"""URLs: the host of a URL and the publisher it names (readers, repair)."""

from __future__ import annotations

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
