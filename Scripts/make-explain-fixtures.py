#!/usr/bin/env python3
"""Writes NetworkX reference values for the centrality breakdowns behind `diplograph explain`.

Run from the package root:  python3 Scripts/make-explain-fixtures.py
Input:  Tests/GraphAlgorithmsTests/Fixtures/centrality.json (the graphs of the centrality tests)
Output: Tests/GraphAlgorithmsTests/Fixtures/explain.json

For each graph (parallel edges summed, as the Swift test builds it) and a few vertices:
- betweenness pairs: for every ordered pair (s, t) of other vertices, the share of the shortest
  s-t paths (weight = length) that pass through v, counted with nx.all_shortest_paths; undirected
  pairs are listed once with s < t and the share of one direction;
- PageRank inflows: NetworkX pagerank (weight = strength) converged to tol=1e-13, and what each
  in-neighbour u passes on, alpha * x_u * w(u, v) / s(u).
"""

import json
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests/GraphAlgorithmsTests/Fixtures"


def build(spec):
    g = nx.DiGraph() if spec["directed"] else nx.Graph()
    g.add_nodes_from(range(spec["vertexCount"]))
    for u, v, w in spec["edges"]:
        u, v = int(u), int(v)
        if g.has_edge(u, v):
            g[u][v]["weight"] += w
        else:
            g.add_edge(u, v, weight=w)
    return g


def pair_shares(g, v):
    shares = []
    for s in g.nodes:
        for t in g.nodes:
            if s == v or t == v or s == t or (not g.is_directed() and s > t):
                continue
            try:
                paths = list(nx.all_shortest_paths(g, s, t, weight="weight"))
            except nx.NetworkXNoPath:
                continue
            through = sum(1 for p in paths if v in p[1:-1])
            if through:
                shares.append([s, t, through / len(paths)])
    return shares


def inflows(g, ranks, v, alpha=0.85):
    result = []
    preds = g.predecessors(v) if g.is_directed() else g.neighbors(v)
    for u in preds:
        out = sum(d["weight"] for _, _, d in g.out_edges(u, data=True)) if g.is_directed() else g.degree(u, weight="weight")
        result.append([u, alpha * ranks[u] * g[u][v]["weight"] / out])
    return sorted(result)


def main():
    source = json.loads((FIXTURES / "centrality.json").read_text())
    out = {"networkx": nx.__version__, "graphs": []}
    for spec in source["graphs"]:
        if spec["name"] not in ("directed-weighted", "undirected-weighted", "disconnected"):
            continue
        g = build(spec)
        ranks = nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-13, max_iter=10000)
        betweenness = nx.betweenness_centrality(g, weight="weight", normalized=True)
        chosen = sorted(g.nodes, key=lambda x: (-betweenness[x], x))[:3]
        out["graphs"].append({
            "name": spec["name"],
            "vertices": [
                {"vertex": v, "betweenness": betweenness[v], "pairs": pair_shares(g, v),
                 "pagerank": ranks[v], "inflows": inflows(g, ranks, v)}
                for v in chosen
            ],
        })
    (FIXTURES / "explain.json").write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
