"""The curated graph read straight from its YAML with PyYAML, and the claim rule of
Graphs/SCHEMA.md re-implemented here, so the browser tests compare the page with values computed
independently of the Swift code that built it."""

import calendar
from dataclasses import dataclass, field
from pathlib import Path

import yaml

SUPPORTING = {"asserts", "implies"}


def first_day(text):
    """The first day of a partial date `YYYY[-MM[-DD]]` as `YYYY-MM-DD`."""
    parts = [int(p) for p in str(text).split("-")]
    year, month, day = parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
    return f"{year:04d}-{month:02d}-{day:02d}"


def last_day(text):
    """The last day of a partial date `YYYY[-MM[-DD]]` as `YYYY-MM-DD`."""
    parts = [int(p) for p in str(text).split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


@dataclass
class Claim:
    source: str
    paragraph: int
    evidence: str
    stance: str
    since: object
    until: object


@dataclass
class Relation:
    id: str
    source: str
    target: str
    layer: str
    since: object
    until: object
    claims: list = field(default_factory=list)

    @property
    def supporting(self):
        return [c for c in self.claims if c.stance in SUPPORTING]

    @property
    def is_supported(self):
        return not self.claims or bool(self.supporting)

    def datings(self):
        """(since, until) as ISO days (None when open) of the dated supporting claims: a claim's
        own bounds, else the relation's, bound by bound."""
        if not self.claims:
            spans = [(self.since, self.until)]
        else:
            spans = [(c.since if c.since is not None else self.since,
                      c.until if c.until is not None else self.until) for c in self.supporting]
        return [(None if s is None else first_day(s), None if u is None else last_day(u))
                for s, u in spans if s is not None or u is not None]

    def holds(self, day):
        """Whether the relation holds on the ISO `day`: some dated supporting claim covers it, or
        none is dated."""
        spans = self.datings()
        return not spans or any((s is None or s <= day) and (u is None or day <= u) for s, u in spans)

    def span(self):
        """(earliest start, latest end) over the dated claims; None for an open or undated bound."""
        spans = self.datings()
        if not spans:
            return None, None
        starts = [s for s, _ in spans]
        ends = [u for _, u in spans]
        return (None if None in starts else min(starts)), (None if None in ends else max(ends))

    def has_dating_dispute(self):
        return len(set(self.datings())) > 1


class Graph:
    def __init__(self, path):
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        self.entities = {e["id"]: e for e in data["entities"]}
        self.sources = {s["id"]: s for s in data.get("sources", [])}
        self.relations = []
        for index, r in enumerate(data["relations"]):
            claims = [Claim(c["source"], c["paragraph"], c["evidence"], c.get("stance", "asserts"),
                            c.get("since"), c.get("until")) for c in r.get("citations", [])]
            self.relations.append(Relation(r.get("id", f"#{index + 1}"), r["from"], r["to"], r["layer"],
                                           r.get("since"), r.get("until"), claims))
        # What the explorer draws: relations some claim supports.
        self.drawn = [r for r in self.relations if r.is_supported]
        self.by_id = {r.id: r for r in self.drawn}

    def relations_of(self, entity):
        return [r for r in self.drawn if entity in (r.source, r.target)]

    def names(self, entity):
        e = self.entities[entity]
        return [e["name"]] + list(e.get("aliases", []))
