#!/usr/bin/env python3
"""Writes the robustness fixture and its leave-one-source-out reference values.

Run from the package root:  python3 Scripts/make-robustness-fixtures.py
Output: Tests/Fixtures/network/robustness.yaml           (the network)
        Tests/Fixtures/network/robustness-expected.json  (NetworkX/SciPy reference)

The network: ten states A..J tied to each other by relations that one to three sources cite, and
a state Z whose every tie is cited by source s3 alone, so Z's centrality rests entirely on s3.
For the full network and for the network without each source (a relation disappears when every
citation it has comes from the dropped source), the projection is built as Diplograph builds it
(undirected; parallel relations of a pair summed) and ranked by NetworkX PageRank with its
defaults; ranks are 1 = highest score, ties by id. The reference gives each entity's full rank and
its best and worst rank over the leave-one-out runs, and each source's Spearman correlation
(scipy.stats.spearmanr) of the scores without it against the full scores.
"""

import json
import random
from pathlib import Path

import networkx as nx
from scipy.stats import spearmanr

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Tests/Fixtures/network"
SOURCES = ["s1", "s2", "s3"]


def make_relations():
    rng = random.Random(20261202)
    states = [chr(ord("A") + i) for i in range(10)]
    relations = []
    for i, a in enumerate(states):
        for b in states[i + 1:]:
            if rng.random() < 0.45:
                cited = rng.sample(["s1", "s2", "s3"], rng.choice([1, 2, 2, 3]))
                relations.append((a, b, round(rng.uniform(0.2, 1.0), 2), sorted(cited)))
    for b in states[:7]:
        relations.append(("Z", b, round(rng.uniform(0.6, 1.0), 2), ["s3"]))
    return states + ["Z"], relations


def ranking(entities, relations, dropped):
    g = nx.Graph()
    g.add_nodes_from(entities)
    for a, b, strength, cited in relations:
        if all(s == dropped for s in cited):
            continue
        w = g[a][b]["weight"] + strength if g.has_edge(a, b) else strength
        g.add_edge(a, b, weight=w)
    scores = nx.pagerank(g, weight="weight")
    order = sorted(entities, key=lambda e: (-scores[e], e))
    return scores, {e: i + 1 for i, e in enumerate(order)}


def main():
    entities, relations = make_relations()
    lines = [
        "schema: diplograph/1",
        "title: Robustness fixture (reference values by Scripts/make-robustness-fixtures.py)",
        "curated: true",
        "sources:",
    ] + [f"  - {{ id: {s}, title: Source {s}, date: \"2020\" }}" for s in SOURCES] + [
        "layers:",
        "  - { id: trade, domain: economic }",
        "entities:",
    ] + [f"  - {{ id: {e}, kind: state, name: State {e} }}" for e in entities] + ["relations:"]
    for n, (a, b, strength, cited) in enumerate(relations):
        citations = ", ".join(f"{{ source: {s}, paragraph: 1, evidence: tie {n} }}" for s in cited)
        lines.append(f"  - {{ id: t{n}, from: {a}, to: {b}, layer: trade, strength: {strength}, citations: [{citations}] }}")
    (OUT / "robustness.yaml").write_text("\n".join(lines) + "\n")

    full_scores, full_ranks = ranking(entities, relations, None)
    runs = {s: ranking(entities, relations, s) for s in SOURCES}
    expected = {
        "networkx": nx.__version__,
        "entities": [
            {"id": e, "rank": full_ranks[e],
             "rank_min": min(r[1][e] for r in runs.values()), "rank_max": max(r[1][e] for r in runs.values())}
            for e in sorted(entities, key=lambda e: full_ranks[e])
        ],
        "sources": [
            {"id": s, "rank_correlation": spearmanr([full_scores[e] for e in entities],
                                                     [runs[s][0][e] for e in entities]).statistic}
            for s in SOURCES
        ],
    }
    (OUT / "robustness-expected.json").write_text(json.dumps(expected, indent=1) + "\n")


if __name__ == "__main__":
    main()
