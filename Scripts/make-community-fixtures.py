#!/usr/bin/env python3
"""Writes NetworkX reference values for the GraphAlgorithms community tests.

Run from the package root:  python3 Scripts/make-community-fixtures.py
Output (Tests/GraphAlgorithmsTests/Fixtures/communities/):

- karate.json      Zachary's karate club (networkx.karate_club_graph()) with unit weights: 34
                   vertices, 78 edges as [u, v, 1], and the club each member joined.
- modularity.json  Several graphs (weighted undirected, directed, with self-loops, isolated
                   vertices) as raw edges [u, v, weight] on vertices 0..n-1 (no parallel edges, so
                   NetworkX's Graph/DiGraph and Diplograph's Graph hold the same edges), each with
                   partitions (label per vertex) and NetworkX's
                   `nx.community.modularity(G, communities, weight="weight", resolution=γ)` at
                   γ = 1 and other γ.
- comparison.json  Pairs of labelings with their NMI (arithmetic normalisation) and adjusted Rand
                   index, computed here with numpy exactly as scikit-learn's
                   `normalized_mutual_info_score` and `adjusted_rand_score` do (scikit-learn itself
                   is not needed), and checked against igraph's `compare_communities`.

Every random choice comes from a fixed seed, so the output is reproducible.
"""

import json
import math
import random
from pathlib import Path

import igraph as ig
import networkx as nx
import numpy as np

OUTPUT = Path(__file__).resolve().parent.parent / "Tests/GraphAlgorithmsTests/Fixtures/communities"


# ----------------------------------------------------------------------------------------------
# Karate club


def karate():
    g = nx.karate_club_graph()
    edges = sorted((min(u, v), max(u, v)) for u, v in g.edges())
    clubs = [g.nodes[v]["club"] for v in range(g.number_of_nodes())]
    return {
        "networkx": nx.__version__,
        "vertexCount": g.number_of_nodes(),
        "edges": [[u, v, 1.0] for u, v in edges],
        "clubs": clubs,
        "bestKnownModularity": 0.4197896120973044,
    }


# ----------------------------------------------------------------------------------------------
# Modularity


def random_graph(name, n, m, directed, loops, seed, integer_weights=False, isolated=0):
    """n vertices (the last `isolated` ones without edges), m distinct edges or arcs."""
    rng = random.Random(seed)
    active = n - isolated
    seen = set()
    edges = []
    while len(edges) < m:
        u = rng.randrange(active)
        v = rng.randrange(active)
        if u == v and not loops:
            continue
        key = (u, v) if directed else (min(u, v), max(u, v))
        if key in seen:
            continue
        seen.add(key)
        w = float(rng.randint(1, 5)) if integer_weights else round(0.05 + 2 * rng.random(), 6)
        edges.append([key[0], key[1], w])
    return {"name": name, "directed": directed, "vertexCount": n, "edges": edges}


def nx_graph(spec):
    g = nx.DiGraph() if spec["directed"] else nx.Graph()
    g.add_nodes_from(range(spec["vertexCount"]))
    for u, v, w in spec["edges"]:
        g.add_edge(u, v, weight=w)
    return g


def partitions_for(spec, seed):
    n = spec["vertexCount"]
    rng = random.Random(seed)
    result = [
        [0] * n,  # everything together
        list(range(n)),  # singletons
        [v % 3 for v in range(n)],
        [rng.randrange(4) for _ in range(n)],
        [rng.randrange(max(2, n // 3)) * 7 for _ in range(n)],  # sparse, non-contiguous labels
    ]
    # The partition NetworkX's Louvain finds (undirected and directed are both supported).
    g = nx_graph(spec)
    found = nx.community.louvain_communities(g, weight="weight", seed=seed)
    labels = [0] * n
    for i, community in enumerate(found):
        for v in community:
            labels[v] = i
    result.append(labels)
    return result


def modularity_cases(spec):
    g = nx_graph(spec)
    cases = []
    for labels in partitions_for(spec, 7):
        groups = {}
        for v, label in enumerate(labels):
            groups.setdefault(label, set()).add(v)
        communities = list(groups.values())
        for gamma in (1.0, 0.5, 2.0):
            q = nx.community.modularity(g, communities, weight="weight", resolution=gamma)
            cases.append({"membership": labels, "resolution": gamma, "modularity": q})
    return cases


def modularity_fixtures():
    specs = [
        random_graph("weighted-undirected", 30, 70, False, False, 1),
        random_graph("weighted-undirected-loops", 25, 60, False, True, 2),
        random_graph("directed-weighted", 30, 90, True, False, 3),
        random_graph("directed-loops", 20, 70, True, True, 4, integer_weights=True),
        random_graph("undirected-isolated", 24, 40, False, True, 5, isolated=4),
    ]
    # A triangle with one self-loop, small enough to check by hand.
    specs.append({"name": "triangle-loop", "directed": False, "vertexCount": 4,
                  "edges": [[0, 1, 1.0], [1, 2, 2.0], [0, 2, 1.5], [2, 2, 3.0], [2, 3, 0.5]]})
    graphs = []
    for spec in specs:
        spec = dict(spec)
        spec["cases"] = modularity_cases(spec)
        graphs.append(spec)
    return {"networkx": nx.__version__, "graphs": graphs}


# ----------------------------------------------------------------------------------------------
# NMI and ARI (scikit-learn's definitions, in numpy)


def contingency(a, b):
    _, x = np.unique(np.asarray(a), return_inverse=True)
    _, y = np.unique(np.asarray(b), return_inverse=True)
    table = np.zeros((x.max() + 1 if len(x) else 0, y.max() + 1 if len(y) else 0), dtype=np.int64)
    np.add.at(table, (x, y), 1)
    return table


def entropy(labels):
    if len(labels) == 0:
        return 1.0
    _, counts = np.unique(np.asarray(labels), return_counts=True)
    total = counts.sum()
    return float(-np.sum((counts / total) * (np.log(counts) - math.log(total))))


def nmi(a, b):
    """sklearn.metrics.normalized_mutual_info_score(a, b) with average_method='arithmetic'."""
    classes = np.unique(a)
    clusters = np.unique(b)
    if (len(classes) == len(clusters) == 1) or (len(classes) == len(clusters) == 0):
        return 1.0
    table = contingency(a, b)
    nzx, nzy = np.nonzero(table)
    nz = table[nzx, nzy].astype(np.float64)
    total = table.sum()
    pi = table.sum(axis=1)
    pj = table.sum(axis=0)
    log_c = np.log(nz)
    c_nm = nz / total
    outer = pi.take(nzx).astype(np.int64) * pj.take(nzy).astype(np.int64)
    log_outer = -np.log(outer) + math.log(pi.sum()) + math.log(pj.sum())
    mi = c_nm * (log_c - math.log(total)) + c_nm * log_outer
    mi = np.where(np.abs(mi) < np.finfo(mi.dtype).eps, 0.0, mi)
    mi = float(np.clip(mi.sum(), 0.0, None))
    if mi == 0:
        return 0.0
    return mi / ((entropy(a) + entropy(b)) / 2)


def ari(a, b):
    """sklearn.metrics.adjusted_rand_score(a, b)."""
    n = len(a)
    table = contingency(a, b)
    n_c = table.sum(axis=1)
    n_k = table.sum(axis=0)
    sum_squares = int((table ** 2).sum())
    tp = sum_squares - n
    fp = int((table @ n_k).sum()) - sum_squares
    fn = int((table.T @ n_c).sum()) - sum_squares
    tn = n * n - fp - fn - sum_squares
    tn, fp, fn, tp = float(tn), float(fp), float(fn), float(tp)
    if fn == 0 and fp == 0:
        return 1.0
    return 2.0 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn))


def comparison_fixtures():
    rng = random.Random(11)
    pairs = [
        ([0, 0, 1, 1], [0, 0, 1, 1]),
        ([0, 0, 1, 1], [1, 1, 0, 0]),
        ([0, 0, 1, 1], [0, 1, 0, 1]),
        ([0, 0, 0, 0], [0, 0, 0, 0]),
        ([0, 0, 0, 0], [0, 1, 2, 3]),
        ([0, 1, 2, 3], [0, 1, 2, 3]),
        ([5, 5, -3, -3, 9], [1, 1, 1, 2, 2]),
        ([0, 0, 1, 2, 2, 2], [0, 0, 1, 1, 2, 2]),
    ]
    for size, ka, kb in [(50, 3, 4), (200, 10, 7), (1000, 25, 25), (300, 2, 30)]:
        a = [rng.randrange(ka) for _ in range(size)]
        # b: a noisy copy of a, relabelled
        b = [(x * 3 + 1) % kb if rng.random() < 0.7 else rng.randrange(kb) for x in a]
        pairs.append((a, b))
    cases = []
    for a, b in pairs:
        value_nmi = nmi(a, b)
        value_ari = ari(a, b)
        # Cross-check with igraph where its definitions coincide (labels must be >= 0 there).
        da = list(np.unique(a, return_inverse=True)[1])
        db = list(np.unique(b, return_inverse=True)[1])
        if len(set(a)) > 1 or len(set(b)) > 1:
            assert abs(ig.compare_communities(da, db, method="nmi") - value_nmi) < 1e-12, (a, b)
        igraph_ari = ig.compare_communities(da, db, method="ari")
        # igraph answers NaN where no pair is split (sklearn: 1), e.g. both labelings trivial.
        assert math.isnan(igraph_ari) or abs(igraph_ari - value_ari) < 1e-12, (a, b)
        cases.append({"a": a, "b": b, "nmi": value_nmi, "ari": value_ari})
    return {"cases": cases}


def main():
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for name, data in [
        ("karate.json", karate()),
        ("modularity.json", modularity_fixtures()),
        ("comparison.json", comparison_fixtures()),
    ]:
        path = OUTPUT / name
        with open(path, "w") as f:
            json.dump(data, f, indent=1)
            f.write("\n")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
