#!/usr/bin/env python3
"""Writes NetworkX reference values for the GraphAlgorithms centrality tests.

Run from the package root:  python3 Scripts/make-centrality-fixtures.py
Output: Tests/GraphAlgorithmsTests/Fixtures/centrality.json

Every graph is generated from a fixed seed. Vertices are 0..n-1 (all added before the edges, so
isolated vertices exist and NetworkX iterates them in index order). Each graph lists its raw edges
as [u, v, weight]; the Swift test builds a Graph from them with `parallelEdges: sum`, which is how
the multigraph case is collapsed here too (parallel edges become one edge whose weight is the sum of
theirs). Every "case" names a measure, its options and the NetworkX values (a list indexed by
vertex, or a list of [u, v, value] for edge measures), or the error NetworkX raises.

Sampled betweenness: the sources are chosen with SplitMix64 and a partial Fisher-Yates shuffle,
exactly as `BetweennessSampling.sources(vertexCount:)` in Swift, and handed to NetworkX through a
random.Random whose `sample` returns them.
"""

import json
import random
from pathlib import Path

import networkx as nx

MASK = (1 << 64) - 1
OUTPUT = Path(__file__).resolve().parent.parent / "Tests/GraphAlgorithmsTests/Fixtures/centrality.json"


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def index_below(self, bound):
        threshold = ((1 << 64) - bound) % bound
        while True:
            r = self.next()
            if r >= threshold:
                return r % bound

    def sample(self, count, population):
        values = list(range(population))
        for i in range(count):
            j = i + self.index_below(population - i)
            values[i], values[j] = values[j], values[i]
        return values[:count]


class FixedSample(random.Random):
    """A random source whose `sample` returns the given sources (NetworkX's only use of it)."""

    def __init__(self, sources):
        super().__init__(0)
        self.sources = sources

    def sample(self, population, k, **_):
        assert k == len(self.sources)
        return list(self.sources)


# ---------------------------------------------------------------------------------------------
# Graphs


def random_edges(rng, n, p, directed, weights):
    edges = []
    for u in range(n):
        for v in range(n) if directed else range(u + 1, n):
            if u != v and rng.random() < p:
                edges.append([u, v, weights(rng)])
    return edges


def directed_weighted():
    rng = random.Random(11)
    edges = random_edges(rng, 40, 0.09, True, lambda r: r.randint(1, 5))
    return "directed-weighted", True, 40, edges


def undirected_weighted():
    rng = random.Random(23)
    edges = random_edges(rng, 36, 0.12, False, lambda r: r.randint(1, 4))
    return "undirected-weighted", False, 36, edges


def disconnected():
    # Three random components on disjoint vertex blocks plus isolated vertices 30..33.
    rng = random.Random(37)
    edges = []
    for lo, hi, p in [(0, 14, 0.3), (14, 24, 0.35), (24, 30, 0.6)]:
        for u in range(lo, hi):
            for v in range(u + 1, hi):
                if rng.random() < p:
                    edges.append([u, v, rng.choice([0.5, 1.0, 1.5, 2.0, 3.0])])
    return "disconnected", False, 34, edges


def parallel_edges():
    # An undirected multigraph: random edges, some repeated (in either orientation) with other
    # weights, and two self-loops.
    rng = random.Random(53)
    base = random_edges(rng, 30, 0.14, False, lambda r: r.randint(1, 3))
    edges = list(base)
    for u, v, _ in rng.sample(base, 15):
        edges.append([v, u, rng.randint(1, 3)] if rng.random() < 0.5 else [u, v, rng.randint(1, 3)])
    edges.append([4, 4, 2])
    edges.append([9, 9, 1])
    return "parallel-edges", False, 30, edges


def dangling():
    # A directed graph where vertices 22..29 have no out-edges.
    rng = random.Random(71)
    edges = []
    for u in range(22):
        for v in range(30):
            if u != v and rng.random() < 0.12:
                edges.append([u, v, round(rng.uniform(0.5, 3.0), 3)])
    return "dangling", True, 30, edges


def collapse(directed, n, edges):
    """The simple NetworkX graph of an edge list, parallel edges merged by summing weights."""
    multi = nx.MultiDiGraph() if directed else nx.MultiGraph()
    multi.add_nodes_from(range(n))
    for u, v, w in edges:
        multi.add_edge(u, v, weight=w)
    simple = nx.DiGraph() if directed else nx.Graph()
    simple.add_nodes_from(range(n))
    for u, v, w in multi.edges(data="weight"):
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += w
        else:
            simple.add_edge(u, v, weight=w)
    return simple


# ---------------------------------------------------------------------------------------------
# Cases


def vector(G, values):
    return [float(values[v]) for v in range(G.number_of_nodes())]


def edge_list(G, values):
    rows = []
    for (u, v), value in values.items():
        if not G.is_directed() and u > v:
            u, v = v, u
        rows.append([u, v, float(value)])
    return sorted(rows)


def unit_weights(G):
    """A copy of G with every edge weight 1 (nx.hits always reads the "weight" attribute)."""
    H = G.copy()
    for _, _, data in H.edges(data=True):
        data["weight"] = 1
    return H


def attempt(case, compute):
    try:
        case.update(compute())
    except nx.PowerIterationFailedConvergence:
        case["error"] = "didNotConverge"
    return case


def cases_for(G):
    n = G.number_of_nodes()
    cases = []
    weights = {"unit": None, "distance": "weight"}

    directions = ["total", "incoming", "outgoing"] if G.is_directed() else ["total"]
    for direction in directions:
        fn = {"total": nx.degree_centrality}
        if G.is_directed():
            fn.update(incoming=nx.in_degree_centrality, outgoing=nx.out_degree_centrality)
        cases.append({"measure": "degree", "direction": direction,
                      "values": vector(G, fn[direction](G))})
        degree = {"total": G.degree, "incoming": getattr(G, "in_degree", None),
                  "outgoing": getattr(G, "out_degree", None)}[direction]
        cases.append({"measure": "strength", "direction": direction,
                      "values": vector(G, dict(degree(weight="weight")))})

    for name, weight in weights.items():
        for normalized in (True, False):
            for endpoints in (False, True):
                values = nx.betweenness_centrality(
                    G, normalized=normalized, weight=weight, endpoints=endpoints)
                cases.append({"measure": "betweenness", "weights": name, "normalized": normalized,
                              "endpoints": endpoints, "values": vector(G, values)})
                for k, seed in ((7, 2024), (n // 2, 99)):
                    sources = SplitMix64(seed).sample(k, n)
                    values = nx.betweenness_centrality(
                        G, k=k, normalized=normalized, weight=weight, endpoints=endpoints,
                        seed=FixedSample(sources))
                    cases.append({"measure": "betweenness", "weights": name,
                                  "normalized": normalized, "endpoints": endpoints,
                                  "k": k, "seed": seed, "sources": sources,
                                  "values": vector(G, values)})
            values = nx.edge_betweenness_centrality(G, normalized=normalized, weight=weight)
            cases.append({"measure": "edgeBetweenness", "weights": name, "normalized": normalized,
                          "edges": edge_list(G, values)})
            k, seed = 9, 7
            sources = SplitMix64(seed).sample(k, n)
            values = nx.edge_betweenness_centrality(
                G, k=k, normalized=normalized, weight=weight, seed=FixedSample(sources))
            cases.append({"measure": "edgeBetweenness", "weights": name, "normalized": normalized,
                          "k": k, "seed": seed, "sources": sources, "edges": edge_list(G, values)})
        cases.append({"measure": "closeness", "weights": name,
                      "values": vector(G, nx.closeness_centrality(G, distance=weight))})
        cases.append({"measure": "harmonic", "weights": name,
                      "values": vector(G, nx.harmonic_centrality(G, distance=weight))})

    strength = {"unit": None, "strength": "weight"}
    for name, weight in strength.items():
        cases.append(attempt({"measure": "eigenvector", "weights": name},
                             lambda: {"values": vector(G, nx.eigenvector_centrality(G, weight=weight))}))
        cases.append(attempt({"measure": "pageRank", "weights": name},
                             lambda: {"values": vector(G, nx.pagerank(G, weight=weight))}))
        # ARPACK starts from a random vector unless given one; a uniform start keeps the
        # fixture reproducible.
        hubs, authorities = nx.hits(G if weight else unit_weights(G), nstart=dict.fromkeys(G, 1.0))
        cases.append({"measure": "hits", "weights": name,
                      "hubs": vector(G, hubs), "authorities": vector(G, authorities)})
    rng = random.Random(n)
    personalization = [float(rng.randint(0, 3)) for _ in range(n)]
    dangling_weights = [float(rng.randint(0, 2)) for _ in range(n)]
    dangling_weights[0] = 1.0
    values = nx.pagerank(G, alpha=0.9, personalization=dict(enumerate(personalization)))
    cases.append({"measure": "pageRank", "weights": "strength", "damping": 0.9,
                  "personalization": personalization, "values": vector(G, values)})
    values = nx.pagerank(G, personalization=dict(enumerate(personalization)),
                         dangling=dict(enumerate(dangling_weights)))
    cases.append({"measure": "pageRank", "weights": "strength", "personalization": personalization,
                  "dangling": dangling_weights, "values": vector(G, values)})

    for name, weight, alpha in (("unit", None, 0.1), ("unit", None, 0.05), ("strength", "weight", 0.04)):
        case = {"measure": "katz", "weights": name, "alpha": alpha}
        cases.append(attempt(case, lambda: {"values": vector(G, nx.katz_centrality(G, alpha=alpha, weight=weight))}))
    case = {"measure": "katz", "weights": "unit", "alpha": 0.1, "beta": 2.5, "normalized": False}
    cases.append(attempt(case, lambda: {"values": vector(G, nx.katz_centrality(
        G, alpha=0.1, beta=2.5, normalized=False))}))
    return cases


def main():
    graphs = []
    for make in (directed_weighted, undirected_weighted, disconnected, parallel_edges, dangling):
        name, directed, n, edges = make()
        G = collapse(directed, n, edges)
        graphs.append({"name": name, "directed": directed, "vertexCount": n, "edges": edges,
                       "cases": cases_for(G)})
        print(f"{name}: {n} vertices, {len(edges)} raw edges, {G.number_of_edges()} merged")
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    # One graph field or case per line: compact, yet diffs stay readable.
    lines = ['{"networkx": %s, "graphs": [' % json.dumps(nx.__version__)]
    for i, graph in enumerate(graphs):
        header = {key: value for key, value in graph.items() if key != "cases"}
        lines.append(json.dumps(header)[:-1] + ', "cases": [')
        lines.append(",\n".join(json.dumps(case) for case in graph["cases"]))
        lines.append("]}" + ("," if i + 1 < len(graphs) else ""))
    lines.append("]}")
    OUTPUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
