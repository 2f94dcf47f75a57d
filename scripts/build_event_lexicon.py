"""Build sitroom's PLOVER event lexicon from PETRARCH2's CAMEO verb dictionary.

Reads (from ``../shared/resources``):

- ``petrarch/CAMEO.2.0.txt``: verb blocks (synonymous verbs with a default CAMEO code) and
  their patterns (``- * (TO BORDER) [154]``), plus the synonym sets the patterns use;
- ``plover/CAMEO2PLOVER-2021.txt``: CAMEO code -> PLOVER event, mode, context;
- ``plover/codebook.csv``: the PLOVER 2.0 modes, to keep only valid ones;
- ``plover/PLOVER_agents.txt``: agent nouns -> sector ("DEFENSE_MINISTER [~GOVMIL]");
- ``petrarch/Phoenix.Countries.actors.txt``: names of countries and their cities.

Writes ``plover_lexicon.yaml``, ``plover_agents.yaml`` and ``places.yaml`` into
``src/sitroom/nlp/events/``, which :mod:`sitroom.nlp.events.plover` loads. Run it again
when the sources change::

    .venv/bin/python scripts/build_event_lexicon.py [--shared ../shared]

The sources are MIT (PETRARCH2, NGEC) and CC BY-SA 4.0 (CAMEO2PLOVER); the generated files
say so in their headers.
"""

from __future__ import annotations

import argparse
import csv
import logging
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

log = logging.getLogger("build_event_lexicon")

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "src" / "sitroom" / "nlp" / "events"

# CAMEO 02 (appeal) has the same sub-structure as 10 (demand); PLOVER 2.0 folds both
# into REQUEST ("all requests, demands, and orders"), but CAMEO2PLOVER lists only 10.
APPEAL_AS_DEMAND = ("02", "10")
# CAMEO 01 (public statements) has no PLOVER event: such verbs are reports, not events.
NOT_EVENTS = ("01",)

# Irregular verb forms that head a multi-word verb ("+IS_DETERMINED").
BE_FORMS = {"is", "was", "are", "were", "be", "been", "am"}

# Words PETRARCH writes with a trailing "_" (no regular forms) or "-" (stem).
_CLEAN = re.compile(r"[_]+$")


def norm_words(entry: str) -> str:
    """A dictionary entry as space-separated lower-case words, hyphens split off."""
    entry = _CLEAN.sub("", entry.strip()).lower().replace("_", " ")
    entry = entry.replace("-", " - ")
    return " ".join(entry.split())


# -- CAMEO2PLOVER ----------------------------------------------------------------------------


def read_codebook_modes(path: Path) -> dict[str, set[str]]:
    modes: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["mode"]:
                modes[row["event"]].add(row["mode"])
    return modes


def read_cameo2plover(path: Path, modes: dict[str, set[str]]) -> dict[str, str]:
    """CAMEO code -> "EVENT|mode|context;context" (mode and contexts may be empty)."""
    table: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or ":" not in line or line.startswith("~"):
            continue
        code, _, rest = line.partition(":")
        code = code.strip()
        if not code.isdigit():
            continue
        parts = [p.strip() for p in rest.split(",")]
        event = parts[0].upper()
        mode = parts[1].strip().lower() if len(parts) > 1 else ""
        context = parts[2] if len(parts) > 2 else ""
        if mode not in modes.get(event, set()):
            mode = ""
        contexts = ";".join(c.strip() for c in context.split(";") if c.strip())
        if code in table and len(code) == 2:
            continue  # "08: CONCEDE" then "08: RETREAT": keep the first
        table[code] = f"{event}|{mode}|{contexts}"
    for code, value in list(table.items()):
        if code.startswith(APPEAL_AS_DEMAND[1]):
            appeal = APPEAL_AS_DEMAND[0] + code[2:]
            table.setdefault(appeal, value)
    table.setdefault("02", table["10"])
    return table


# -- CAMEO.2.0.txt -------------------------------------------------------------------------------

_CODE = re.compile(r"\[([^\]]*)\]")


def read_cameo(path: Path) -> tuple[dict[str, list[str]], list[dict[str, Any]]]:
    """Synonym sets and verb blocks ({verbs: {verb: code}, patterns: [str]})."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets: dict[str, list[str]] = {}
    blocks: list[dict[str, Any]] = []
    section = ""
    current_set: list[str] | None = None
    block: dict[str, Any] | None = None
    for raw in lines:
        if raw.startswith("#######"):
            section = raw.strip("# ").split()[0].upper()
            continue
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if section == "SYNONYM":
            if line.startswith("&"):
                name = _CLEAN.sub("", line.strip()[1:]).lower()
                current_set = synsets.setdefault(name, [])
            elif line.startswith("+") and current_set is not None:
                current_set.append(norm_words(line.strip()[1:]))
        elif section == "VERB":
            if line.startswith("---"):
                m = _CODE.search(line)
                code = (m.group(1).strip() if m else "---") or "---"
                block = {"code": code, "verbs": {}, "patterns": []}
                blocks.append(block)
            elif block is None:
                continue
            elif line.startswith("-"):
                m = _CODE.search(line)
                if not m:
                    continue
                body = line[1 : m.start()].strip()
                # the comment names the verb the pattern was written for
                origin = raw.split("#", 1)[1].split() if "#" in raw else []
                verb = norm_words(origin[0]) if len(origin) == 1 else ""
                block["patterns"].append((f"{body} [{m.group(1).strip()}]", verb))
            else:
                m = _CODE.search(line)
                code = m.group(1).strip() if m else block["code"]
                head = line[: m.start()] if m else line
                head = head.split("{", 1)[0].strip()
                if not head:
                    continue
                verb = norm_words(head.lstrip("+"))
                first, _, rest = verb.partition(" ")
                if first in BE_FORMS:
                    first = "be"
                verb = f"{first} {rest}".strip()
                block["verbs"][verb] = code or "---"
    return synsets, blocks


def to_plover(code: str, table: dict[str, str]) -> str | None:
    """The PLOVER entry of a CAMEO code, trying shorter prefixes ("0874" -> "087")."""
    if not code or code.startswith("-") or code.startswith(NOT_EVENTS):
        return None
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


# -- agents ----------------------------------------------------------------------------------


def read_agents(path: Path) -> dict[str, str]:
    """Agent phrase (lower-case words) -> PLOVER sector code (GOV, MIL, ...)."""
    subst: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    text = path.read_text(encoding="utf-8", errors="replace")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            name, _, values = line.partition("=")
            subst[name.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        m = re.search(r"\[~?([A-Z]+)[^\]]*\]", line)
        if not m:
            continue
        code = m.group(1)
        sector = code[:3]
        if code.startswith(("GOVMIL", "MILGOV")):
            sector = "MIL"  # defence ministers and chiefs of staff: sitroom codes them MIL
        head = line[: line.index("[")].split("{", 1)[0].strip()
        variants = [head]
        for marker, words in subst.items():
            if marker in head:
                variants = [v.replace(marker, w) for v in variants for w in words]
        for v in variants:
            key = norm_words(v.replace("!", ""))
            if key and not any(ch.isdigit() for ch in key):
                out.setdefault(key, sector)
    return out


# -- places ----------------------------------------------------------------------------------

# Legacy CAMEO country codes that differ from ISO-3166 alpha-3.
CAMEO_CODES = {"JAP": "JPN", "ROM": "ROU", "TMP": "TLS", "ZAR": "COD"}


SECTOR_CODES = frozenset(
    [
        "GOV", "MIL", "REB", "CRM", "REL", "CVL", "BUS", "LEG", "JUD", "COP", "MED", "JRN", "EDU",
        "OPP", "JNK", "UAF", "SPY", "NON", "AGR", "PTY", "LAB", "NGO", "ELI", "REF", "UNK", "PRM",
        "SOC", "IGO", "PRE", "IMG", "MNC", "HLH", "ENV", "SET", "INS", "RAD", "MOD", "AMN", "IRC",
        "GRP", "UNO", "SEP",
    ]
)  # fmt: skip


def _place_code(code: str) -> str | None:
    """ "SDN" -> SDN; "PSEGZA" (Gaza, a territory of PSE) -> PSE; "UKRELI" (a person) -> None."""
    if len(code) == 3:
        return CAMEO_CODES.get(code, code)
    if len(code) == 6 and code[3:] not in SECTOR_CODES:
        return CAMEO_CODES.get(code[:3], code[:3])
    return None


def read_places(path: Path) -> dict[str, str]:
    """Place names -> ISO code: each country entry of Phoenix.Countries.actors.txt
    ("SUDAN_ [SDN]", or "UKRAINE_" with its current code on a later line) and the names
    listed under it (+KHARTOUM_, +DARFUR_, +SUDANESE_)."""
    out: dict[str, str] = {}
    names: list[str] = []
    codes: list[tuple[str, str]] = []  # (code, date range)

    def flush() -> None:
        current = [c for c, rng in codes if not rng or rng.startswith(">")]
        code = _place_code(current[-1]) if current else None
        if code is not None:
            for name in names:
                key = norm_words(name)
                if len(key) > 2 and not any(ch.isdigit() for ch in key):
                    out.setdefault(key, code)

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        found = re.findall(r"\[([A-Z]+)\s*([^\]]*)\]", line)
        if line.startswith("+"):
            names.append(line[1:].strip())
        elif line[0] in " \t" and found:
            codes.extend((c, rng.strip()) for c, rng in found)
        else:
            flush()
            head = line.split("[", 1)[0].strip()
            names = [head] if head else []
            codes = [(c, rng.strip()) for c, rng in found]
    flush()
    return out


# -- output ----------------------------------------------------------------------------------

HEADER = """\
# GENERATED by scripts/build_event_lexicon.py -- do not edit by hand; edit
# event_verbs.yaml (sitroom's own entries, which win) or rerun the script.
# Sources: PETRARCH2 CAMEO.2.0.txt verb dictionary (MIT, Open Event Data Alliance),
# CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, Open Event Data Alliance), PLOVER 2.0 codebook
# (MIT, ahalterman/NGEC-2025).
"""

PLACES_HEADER = """\
# GENERATED by scripts/build_event_lexicon.py from Phoenix.Countries.actors.txt (PETRARCH2,
# MIT, Open Event Data Alliance): country names, demonyms, cities and provinces -> ISO code,
# for the country of an event's place. Do not edit by hand.
"""

AGENTS_HEADER = """\
# GENERATED by scripts/build_event_lexicon.py from PLOVER_agents.txt (MIT, Open Event Data
# Alliance / ahalterman/NGEC-2025): agent nouns -> PLOVER sector. Do not edit by hand.
"""


def build(shared: Path) -> None:
    plover_dir = shared / "resources" / "plover"
    modes = read_codebook_modes(plover_dir / "codebook.csv")
    table = read_cameo2plover(plover_dir / "CAMEO2PLOVER-2021.txt", modes)
    synsets, blocks = read_cameo(shared / "resources" / "petrarch" / "CAMEO.2.0.txt")
    used: set[str] = set()
    out_blocks = []
    n_patterns = 0
    for block in blocks:
        verbs = {v: c for v, c in block["verbs"].items()}
        patterns = []
        for p, origin in block["patterns"]:
            m = _CODE.search(p)
            assert m
            codes = m.group(1)
            first, _, second = codes.partition(":")
            main = to_plover(first.strip(), table)
            passive = to_plover(second.strip(), table) if not first.strip() else None
            if main is None and passive is None:
                # a pattern that says "not an event" still matters: it blocks the default
                if first.strip().startswith(NOT_EVENTS) or first.strip() == "---":
                    main = "-"
                else:
                    continue
            refs = re.findall(r"&([A-Za-z_0-9]+)", p)
            if any(_CLEAN.sub("", r).lower() not in synsets for r in refs):
                continue
            used.update(_CLEAN.sub("", r).lower() for r in refs)
            body = p[: m.start()].strip()
            words = " ".join(
                tok if tok.startswith("&") else norm_words(tok) or tok
                for tok in re.sub(r"([(){}])", r" \1 ", body).split()
            )
            words = re.sub(r"&([A-Za-z_0-9]+)", lambda r: "&" + _CLEAN.sub("", r[1]).lower(), words)
            entry = main if main is not None else "<" + str(passive)
            patterns.append(f"{words} = {entry}" + (f" @{origin}" if origin else ""))
            n_patterns += 1
        defaults = {}
        for verb, code in verbs.items():
            value = to_plover(code, table)
            defaults[verb] = value if value is not None else "-"
        if any(v != "-" for v in defaults.values()) or patterns:
            out_blocks.append({"verbs": defaults, "patterns": patterns})
    data = {
        "synsets": {k: v for k, v in sorted(synsets.items()) if k in used},
        "blocks": out_blocks,
    }
    target = OUT_DIR / "plover_lexicon.yaml"
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    target.write_text(HEADER + body, encoding="utf-8")
    log.info("%s: %d verb blocks, %d patterns", target.name, len(out_blocks), n_patterns)
    agents = read_agents(plover_dir / "PLOVER_agents.txt")
    target = OUT_DIR / "plover_agents.yaml"
    body = yaml.safe_dump({"agents": dict(sorted(agents.items()))}, allow_unicode=True, width=100)
    target.write_text(AGENTS_HEADER + body, encoding="utf-8")
    log.info("%s: %d agent nouns", target.name, len(agents))
    places = read_places(shared / "resources" / "petrarch" / "Phoenix.Countries.actors.txt")
    target = OUT_DIR / "places.yaml"
    body = yaml.safe_dump({"places": dict(sorted(places.items()))}, allow_unicode=True, width=100)
    target.write_text(PLACES_HEADER + body, encoding="utf-8")
    log.info("%s: %d place names", target.name, len(places))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build(args.shared)


if __name__ == "__main__":
    main()
