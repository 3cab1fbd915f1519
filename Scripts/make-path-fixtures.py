#!/usr/bin/env python3
"""Writes NetworkX reference values for the GraphAlgorithms path and connectivity tests.

Run from the package root:  python3 Scripts/make-path-fixtures.py
Output: Tests/GraphAlgorithmsTests/Fixtures/paths/paths.json

Every graph is a seeded G(n, m) random graph (no parallel edges, no self-loops) with integer
weights 1..9, so sums of lengths are exact in floating point and can be compared for equality.
Vertices are 0..n-1. For each graph the file lists:

- `bfs` / `dijkstra`: single-source shortest path lengths from a few sources (null = unreachable),
  NetworkX `single_source_shortest_path_length` / `single_source_dijkstra_path_length`;
- `yen`: for a few (s, t) pairs, the costs of the first k paths of `shortest_simple_paths` (weighted
  and unweighted) — the order of costs is unique even when the order of equal-cost paths is not;
- `widest`: the maximum bottleneck weight s → t (largest w such that t is reachable from s over edges
  of weight ≥ w), by thresholding with `has_path`;
- `reliable`: the best product of strengths w / 10 (Dijkstra on −ln(w / 10));
- `node_cut`: `len(minimum_node_cut(G, s, t))` for pairs with no edge between them;
- `articulation_points` / `bridges` of the undirected graph (of `G.to_undirected()` when directed);
- `scc`: `strongly_connected_components` (directed graphs);
- `dominators`: `immediate_dominators(G, s)` (directed graphs; the root maps to itself);
- `unavoidable`: for pairs (s, t), the vertices v ∉ {s, t} whose removal disconnects t from s;
- `shares`: for pairs (s, t), the fraction of `all_shortest_paths(G, s, t, weight)` through each v;
- `simple_paths`: the number of `all_simple_paths(G, s, t, cutoff)`.
"""

import json
import math
import random
from pathlib import Path

import networkx as nx

OUTPUT = Path(__file__).resolve().parent.parent / "Tests/GraphAlgorithmsTests/Fixtures/paths/paths.json"

GRAPHS = [
    # name, directed, n, m, seed
    ("undirected-sparse", False, 40, 52, 11),
    ("undirected-dense", False, 30, 90, 12),
    ("directed-sparse", True, 30, 60, 13),
    ("directed-dense", True, 40, 130, 14),
]


def make_graph(directed, n, m, seed):
    rng = random.Random(seed)
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(range(n))
    while g.number_of_edges() < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u == v or g.has_edge(u, v):
            continue
        g.add_edge(u, v, weight=rng.randint(1, 9))
    return g


def lengths(d, n):
    return [d.get(v) for v in range(n)]


def widest(g, s, t):
    if s == t:
        return None
    for w in sorted({d["weight"] for _, _, d in g.edges(data=True)}, reverse=True):
        h = g.edge_subgraph([(u, v) for u, v, d in g.edges(data=True) if d["weight"] >= w])
        if s in h and t in h and nx.has_path(h, s, t):
            return w
    return 0


def pairs_for(g, rng, count):
    n = g.number_of_nodes()
    pairs = []
    while len(pairs) < count:
        s, t = rng.randrange(n), rng.randrange(n)
        if s != t and (s, t) not in pairs:
            pairs.append((s, t))
    return pairs


def graph_case(name, directed, n, m, seed):
    g = make_graph(directed, n, m, seed)
    rng = random.Random(seed + 1000)
    sources = [0, 1, 2, 3]
    case = {
        "name": name,
        "directed": directed,
        "vertexCount": n,
        "edges": [[u, v, d["weight"]] for u, v, d in g.edges(data=True)],
        "bfs": [{"source": s, "lengths": lengths(nx.single_source_shortest_path_length(g, s), n)} for s in sources],
        "dijkstra": [
            {"source": s, "lengths": lengths(nx.single_source_dijkstra_path_length(g, s, weight="weight"), n)}
            for s in sources
        ],
    }
    reachable = [(s, t) for s, t in pairs_for(g, rng, 40) if nx.has_path(g, s, t)]
    yen = []
    for s, t in reachable[:8]:
        for weight in ("weight", None):
            costs = []
            for path in nx.shortest_simple_paths(g, s, t, weight=weight):
                costs.append(nx.path_weight(g, path, "weight") if weight else len(path) - 1)
                if len(costs) == 10:
                    break
            yen.append({"source": s, "target": t, "k": 10, "weighted": weight is not None, "costs": costs})
    case["yen"] = yen
    case["widest"] = [{"source": s, "target": t, "bottleneck": widest(g, s, t)} for s, t in reachable[:10]]
    rel = g.copy()
    for u, v, d in rel.edges(data=True):
        d["neglog"] = -math.log(d["weight"] / 10)
    case["reliable"] = [
        {"source": s, "target": t, "reliability": math.exp(-nx.dijkstra_path_length(rel, s, t, weight="neglog"))}
        for s, t in reachable[:10]
    ]
    cut_pairs = [(s, t) for s, t in pairs_for(g, rng, 60) if not g.has_edge(s, t) and not g.has_edge(t, s)]
    case["node_cut"] = [{"source": s, "target": t, "size": len(nx.minimum_node_cut(g, s, t))} for s, t in cut_pairs[:15]]
    u = g.to_undirected() if directed else g
    case["articulation_points"] = sorted(nx.articulation_points(u))
    case["bridges"] = sorted(sorted(e) for e in nx.bridges(u))
    if directed:
        case["scc"] = sorted(sorted(c) for c in nx.strongly_connected_components(g))
        case["dominators"] = [
            {"root": s, "idom": [nx.immediate_dominators(g, s).get(v) for v in range(n)]} for s in sources
        ]
    unavoidable = []
    for s, t in reachable[:12]:
        vs = []
        for v in range(n):
            if v in (s, t):
                continue
            h = g.copy()
            h.remove_node(v)
            if not nx.has_path(h, s, t):
                vs.append(v)
        unavoidable.append({"source": s, "target": t, "vertices": vs})
    case["unavoidable"] = unavoidable
    shares = []
    for s, t in reachable[:8]:
        for weight in ("weight", None):
            paths = list(nx.all_shortest_paths(g, s, t, weight=weight))
            through = {}
            for p in paths:
                for v in p[1:-1]:
                    through[v] = through.get(v, 0) + 1
            shares.append(
                {
                    "source": s,
                    "target": t,
                    "weighted": weight is not None,
                    "shares": sorted([[v, c / len(paths)] for v, c in through.items()]),
                }
            )
    case["shares"] = shares
    case["simple_paths"] = [
        {"source": s, "target": t, "cutoff": 4, "count": sum(1 for _ in nx.all_simple_paths(g, s, t, cutoff=4))}
        for s, t in reachable[:6]
    ]
    return case


def main():
    fixtures = {"networkx": nx.__version__, "graphs": [graph_case(*spec) for spec in GRAPHS]}
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(fixtures, indent=1) + "\n")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
