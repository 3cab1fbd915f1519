#!/usr/bin/env python3
"""Times Diplograph against GAPBS, NetworKit, igraph, GraphBLAS, rustworkx and NetworkX on the same seeded graphs.

Usage:
    python3 Scripts/compare-peers.py [--quick] [--kernels K,...] [--graphs G,...] [--libraries L,...]
                                     [--repeats 5] [--output BENCHMARKS.md] [--workdir DIR]

It generates seeded edge lists (Barabási–Albert 10k and 100k vertices with m=5; G(n, m) with 200k
vertices and 2M edges and with 1M vertices and 10M edges; an RMAT/Kronecker graph of scale 18 with
2M edge draws, Graph500 parameters a=0.57, b=0.19, c=0.19; weights uniform in [0.1, 1), and for
`sssp` integer weights in [1, 255] as GAPBS uses), builds Diplograph in release mode, and runs every
(library, kernel, graph) measurement in its own process, `--repeats` times (at least 9 in the blocks
GAPBS takes part in, whose kernels take milliseconds), interleaving the libraries (A B C A B C …),
recording per run:

- load time (reading the text file into the library's graph),
- kernel time (load excluded),
- end-to-end time of the process (start to exit) and its peak resident memory (VmHWM).

The report gives the minimum and median over the repeats and the 1-minute load average at the start
of each block. Diplograph's kernels run through `Benchmarks/.build/release/peer-kernels`. Results are
checked against igraph's (or NetworkX's) with the same weight semantics; GAPBS's only printed
results (reached vertices, component count) are checked against Diplograph's. The RMAT and 10M-edge
graphs serve the GAPBS comparison: only Diplograph and GAPBS are timed on them, and Diplograph's
values there are checked against one untimed igraph run.

GAPBS (https://github.com/sbeamer/gapbs, built outside this repository) is used when the environment
variable GAPBS_DIR names its directory (binaries bfs, cc, sssp, pr); it reads converted `.el`/`.wel`
copies of the same edge lists (symmetrised with -s), one trial per process (-n 1) from vertex 0,
and its "Read Time" + "Build Time" and "Trial Time" lines are parsed. Its PageRank (float scores, no
dangling redistribution, tolerance 1e-4 on the L1 change, at most 20 iterations) is compared per
iteration, since it stops after a different number of iterations. Every other PageRank stops when an
iteration changes the ranks by less than 1e-11 in total (L1), so each library's result is checked
against igraph's exact solver to 1e-6 relative. A section after the table gives how each kernel's
time grows from gnm2m to gnm10m, for Diplograph and for GAPBS. Requires
`pip install python-igraph networkit rustworkx python-graphblas graphblas-algorithms numpy`; missing
peers are skipped.
"""

import argparse
import json
import os
import random
import re
import selectors
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEER_KERNELS = os.path.join(ROOT, "Benchmarks", ".build", "release", "peer-kernels")
GAPBS_DIR = os.environ.get("GAPBS_DIR")
DIPLOGRAPH = os.path.join(ROOT, ".build", "release", "diplograph")

SMALL = ["ba10k", "ba100k", "gnm2m"]
LARGE = ["gnm2m", "rmat2m", "gnm10m"]
ALL_GRAPHS = ["ba10k", "ba100k", "gnm2m", "rmat2m", "gnm10m"]
# kernel -> graphs it runs on (NetworkX is skipped where a run would take many minutes).
KERNELS = {
    "load": ALL_GRAPHS,
    "bfs": ALL_GRAPHS,
    "components": ALL_GRAPHS,
    "sssp": LARGE,
    "pagerank-unit": LARGE,
    "pagerank": ALL_GRAPHS,
    "dijkstra": SMALL,
    "betweenness": ["ba10k"],
    "closeness": ["ba10k"],
    "louvain": SMALL,
    "leiden": SMALL,
}
# PageRank's stopping rule for every library that takes one (Diplograph's peer-kernels included):
# stop when an iteration changes the ranks by less than this in total (L1), so every result is within
# 1e-6 relative of igraph's exact solver, which the check column verifies for each library.
# NetworkX, rustworkx and graphblas-algorithms stop below n·tol, so they get tol = this / n.
PAGERANK_L1_CHANGE = 1e-11
PAGERANK_MAX_ITERATIONS = 1000
# Runs per measurement in the blocks GAPBS takes part in (at least --repeats).
GAPBS_BLOCK_REPEATS = 9
# Community kernels: each library reports the modularity of its own partition (weights as strengths);
# the check compares it with igraph's.
COMMUNITY_KERNELS = ("louvain", "leiden")
# Where the section of BENCHMARKS.md that Scripts/bench-graphml-load.py writes begins (kept on rewrite).
GRAPHML_SECTION_MARKER = "<!-- graphml-load: begin"
LIBRARIES = ["diplograph", "gapbs", "networkit", "igraph", "graphblas", "rustworkx", "networkx"]
# The kernels each peer runs (Diplograph and igraph run all).
PEER_SUPPORT = {
    "gapbs": {"bfs", "components", "sssp", "pagerank-unit"},
    "graphblas": {"load", "bfs", "pagerank", "pagerank-unit"},
    "rustworkx": {"load", "bfs", "components", "sssp", "dijkstra", "pagerank", "pagerank-unit",
                  "betweenness", "closeness"},
    "networkit": {"load", "bfs", "components", "sssp", "dijkstra", "pagerank", "pagerank-unit",
                  "betweenness", "closeness", "louvain", "leiden"},
}
GAPBS_BINARIES = {"bfs": "bfs", "components": "cc", "sssp": "sssp", "pagerank-unit": "pr"}
# GAPBS's own choice for its benchmark graphs of integer weights in [1, 255] (benchmark/bench.mk).
GAPBS_DELTA = 2


# Graphs only Diplograph and GAPBS run on: they are there for the GAPBS comparison, and one text
# load of the 10M-edge graph takes the Python-driven peers 10–60 s per process.
GAPBS_ONLY_GRAPHS = ("rmat2m", "gnm10m")


def supported(lib, kernel, graph_name):
    if graph_name in GAPBS_ONLY_GRAPHS and lib not in ("diplograph", "gapbs"):
        return False
    if lib == "networkx":
        return networkx_feasible(kernel, graph_name)
    if lib == "gapbs" and not GAPBS_DIR:
        return False
    if lib == "igraph" or lib == "diplograph":
        return True
    return kernel in PEER_SUPPORT.get(lib, set())


def networkx_feasible(kernel, graph_name):
    """NetworkX (pure Python) is left out where one run would take many minutes."""
    if kernel in COMMUNITY_KERNELS:
        return kernel == "louvain" and graph_name == "ba10k"
    return graph_name in ("ba10k", "ba100k") and kernel not in ("betweenness", "closeness", "sssp", "pagerank-unit")


# ----------------------------------------------------------------------------------------------
# Graph generation (seeded, deterministic)


def barabasi_albert(n, m, seed):
    """Edges of a Barabási–Albert graph, NetworkX's construction (repeated-nodes list)."""
    rng = random.Random(seed)
    targets = list(range(m))
    repeated = []
    edges = []
    source = m
    while source < n:
        for t in targets:
            edges.append((source, t))
        repeated.extend(targets)
        repeated.extend([source] * m)
        chosen = set()
        while len(chosen) < m:
            chosen.add(rng.choice(repeated))
        targets = list(chosen)
        source += 1
    return edges


def gnm(n, m, seed):
    """m distinct undirected edges chosen uniformly among pairs of n vertices, no self-loops."""
    rng = random.Random(seed)
    seen = set()
    edges = []
    while len(edges) < m:
        u = rng.randrange(n)
        v = rng.randrange(n)
        if u == v:
            continue
        key = (u, v) if u < v else (v, u)
        if key in seen:
            continue
        seen.add(key)
        edges.append(key)
    return edges


def gnm_numpy(n, m, seed):
    """G(n, m) for large m, vectorised: m distinct undirected pairs without self-loops, in random order."""
    import numpy as np
    rng = np.random.default_rng(seed)
    keys = np.empty(0, dtype=np.int64)
    while len(keys) < m:
        u = rng.integers(0, n, size=int(1.1 * m))
        v = rng.integers(0, n, size=int(1.1 * m))
        keep = u != v
        low, high = np.minimum(u[keep], v[keep]), np.maximum(u[keep], v[keep])
        keys = np.unique(np.concatenate([keys, low * n + high]))
    keys = rng.permutation(keys)[:m]
    return list(zip((keys // n).tolist(), (keys % n).tolist()))


def rmat(scale, draws, seed, a=0.57, b=0.19, c=0.19):
    """RMAT/Kronecker edges (Graph500 parameters): `draws` edge draws over 2^scale vertices, labels
    permuted, self-loops and repeats dropped, then relabelled so that vertex 0 is the first edge's
    first endpoint (every peer starts its searches at vertex 0)."""
    import numpy as np
    rng = np.random.default_rng(seed)
    n = 1 << scale
    u = np.zeros(draws, dtype=np.int64)
    v = np.zeros(draws, dtype=np.int64)
    for bit in range(scale):
        r = rng.random(draws)
        right = (r >= a) & (r < a + b) | (r >= a + b + c)
        down = r >= a + b
        u |= down.astype(np.int64) << bit
        v |= right.astype(np.int64) << bit
    permutation = rng.permutation(n)
    u, v = permutation[u], permutation[v]
    keep = u != v
    low, high = np.minimum(u[keep], v[keep]), np.maximum(u[keep], v[keep])
    _, first = np.unique(low * n + high, return_index=True)
    first.sort()
    low, high = low[first], high[first]
    hub = int(low[0])
    swap = {hub: 0, 0: hub}
    return [(swap.get(x, x), swap.get(y, y)) for x, y in zip(low.tolist(), high.tolist())]


def write_graph(path, edges, seed):
    rng = random.Random(seed)
    with open(path, "w") as f:
        f.write("# u v weight\n")
        chunk = []
        for u, v in edges:
            chunk.append(f"{u} {v} {0.1 + 0.9 * rng.random():.6f}\n")
            if len(chunk) >= 100_000:
                f.writelines(chunk)
                chunk = []
        f.writelines(chunk)


def derived_files(path):
    """The same edge list with integer weights in [1, 255] (`sssp`), and GAPBS's `.el`/`.wel` copies."""
    stem = path[: -len(".edges")]
    targets = {"int": stem + ".int.edges", "el": stem + ".el", "wel": stem + ".int.wel"}
    if all(os.path.exists(t) for t in targets.values()):
        return targets
    with open(path) as source, open(targets["int"] + ".tmp", "w") as integer, \
            open(targets["el"] + ".tmp", "w") as el, open(targets["wel"] + ".tmp", "w") as wel:
        integer.write("# u v weight\n")
        for line in source:
            if line.startswith("#"):
                continue
            u, v, w = line.split()
            weight = 1 + min(254, int(float(w) * 255))
            integer.write(f"{u} {v} {weight}\n")
            el.write(f"{u} {v}\n")
            wel.write(f"{u} {v} {weight}\n")
    for t in targets.values():
        os.replace(t + ".tmp", t)
    return targets


def generate(workdir, quick, wanted=None):
    specs = {
        "ba10k": lambda: barabasi_albert(10_000, 5, 1),
        "ba100k": lambda: barabasi_albert(100_000, 5, 2),
        "gnm2m": lambda: gnm(200_000, 2_000_000, 3),
        "rmat2m": lambda: rmat(18, 2_000_000, 4),
        "gnm10m": lambda: gnm_numpy(1_000_000, 10_000_000, 5),
    }
    if quick:
        specs = {"ba10k": specs["ba10k"]}
    if wanted:
        specs = {name: make for name, make in specs.items() if name in wanted}
    paths = {}
    for name, make in specs.items():
        path = os.path.join(workdir, f"{name}.edges")
        if not os.path.exists(path):
            print(f"generating {name} …", file=sys.stderr)
            write_graph(path + ".tmp", make(), 99)
            os.replace(path + ".tmp", path)
        derived_files(path)
        paths[name] = path
    return paths


def input_file(lib, kernel, path):
    """The file a library reads for `kernel`: integer weights for sssp, GAPBS's formats for GAPBS.

    On GAPBS's kernels Diplograph reads the very file GAPBS reads (the unweighted `.el` for bfs,
    components and pagerank-unit, `.wel` for sssp), so load time and peak memory compare like with
    like; the other peers read the weighted edge list and ignore the weights where the kernel does.
    """
    files = derived_files(path)
    if lib == "gapbs" or (lib == "diplograph" and kernel in GAPBS_BINARIES):
        return files["wel"] if kernel == "sssp" else files["el"]
    return files["int"] if kernel == "sssp" else path


# ----------------------------------------------------------------------------------------------
# One measurement in this process (run as a child: --run-one LIB KERNEL GRAPH VALUES)


def run_one(lib, kernel, graph, values_path):
    extra = {}
    if lib == "igraph":
        # igraph's NCOL reader does not skip the "# u v weight" header: read a copy without it.
        stripped = graph + ".ncol"
        if not os.path.exists(stripped):
            with open(graph) as source, open(stripped + ".tmp", "w") as target:
                target.writelines(line for line in source if not line.startswith("#"))
            os.replace(stripped + ".tmp", stripped)
        graph = stripped
    # Import before the clock starts: load time is reading the file, not loading the library.
    if lib == "igraph":
        import igraph as ig
    elif lib == "networkit":
        import networkit as nk
    elif lib == "networkx":
        import networkx as nx
    elif lib == "rustworkx":
        import rustworkx as rx
    elif lib == "graphblas":
        import numpy as np
        import graphblas as gb
        import graphblas_algorithms as ga
    t0 = time.perf_counter()
    if lib == "igraph":
        g = ig.Graph.Read_Ncol(graph, weights=True, directed=False)
        names = g.vs["name"]
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        source = g.vs.find(name="0").index
        if kernel == "load":
            values = None
        elif kernel == "pagerank":
            values = g.pagerank(weights="weight", damping=0.85)
        elif kernel == "pagerank-unit":
            values = g.pagerank(damping=0.85)
        elif kernel == "betweenness":
            values = g.betweenness(directed=False)
        elif kernel == "closeness":
            values = g.closeness()
        elif kernel == "components":
            values = g.connected_components().membership
        elif kernel in ("dijkstra", "sssp"):
            values = g.distances(source=source, weights="weight")[0]
        elif kernel == "bfs":
            values = g.distances(source=source)[0]
        elif kernel == "louvain":
            values = g.community_multilevel(weights="weight").membership
        elif kernel == "leiden":
            values = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=2).membership
        kernel_time = time.perf_counter() - t1
        if kernel in COMMUNITY_KERNELS:
            extra["modularity"] = g.modularity(values, weights="weight")
    elif lib == "networkit":
        nk.engineering.setNumberOfThreads(os.cpu_count() or 1)
        reader = nk.graphio.EdgeListReader(" ", 0, "#", continuous=True, directed=False)
        g = reader.read(graph)
        names = [str(i) for i in range(g.numberOfNodes())]
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        if kernel == "load":
            values = None
        elif kernel == "pagerank":
            pr = nk.centrality.PageRank(g, damp=0.85, tol=PAGERANK_L1_CHANGE)
            pr.norm, pr.maxIterations = nk.centrality.Norm.L1_NORM, PAGERANK_MAX_ITERATIONS
            pr.run()
            values = pr.scores()
        elif kernel == "pagerank-unit":
            unweighted = nk.graphtools.toUnweighted(g)
            t1 = time.perf_counter()
            pr = nk.centrality.PageRank(unweighted, damp=0.85, tol=PAGERANK_L1_CHANGE)
            pr.norm, pr.maxIterations = nk.centrality.Norm.L1_NORM, PAGERANK_MAX_ITERATIONS
            pr.run()
            values = pr.scores()
        elif kernel == "betweenness":
            b = nk.centrality.Betweenness(g, normalized=False)
            b.run()
            values = b.scores()
        elif kernel == "closeness":
            c = nk.centrality.Closeness(g, False, nk.centrality.ClosenessVariant.GENERALIZED)
            c.run()
            values = c.scores()
        elif kernel == "components":
            cc = nk.components.ConnectedComponents(g)
            cc.run()
            values = cc.getPartition().getVector()
        elif kernel in ("dijkstra", "sssp"):
            d = nk.distance.Dijkstra(g, 0, storePaths=False)
            d.run()
            values = d.getDistances()
        elif kernel == "bfs":
            unweighted = nk.graphtools.toUnweighted(g)
            t1 = time.perf_counter()
            d = nk.distance.BFS(unweighted, 0, storePaths=False)
            d.run()
            values = d.getDistances()
        elif kernel == "louvain":
            plm = nk.community.PLM(g, refine=False, gamma=1.0)
            plm.run()
            partition = plm.getPartition()
            values = partition.getVector()
        elif kernel == "leiden":
            # Its default 3 iterations, modularity (gamma 1), weights as strengths like PLM.
            leiden = nk.community.ParallelLeiden(g, randomize=True, iterations=3, gamma=1.0)
            leiden.run()
            partition = leiden.getPartition()
            values = partition.getVector()
        kernel_time = time.perf_counter() - t1
        if kernel in COMMUNITY_KERNELS:
            extra["modularity"] = nk.community.Modularity().getQuality(partition, g)
    elif lib == "networkx":
        g = nx.read_weighted_edgelist(graph, nodetype=str)
        names = list(g.nodes())
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        if kernel == "load":
            values = None
        elif kernel == "pagerank":
            pr = nx.pagerank(g, alpha=0.85, tol=PAGERANK_L1_CHANGE / len(names), weight="weight",
                             max_iter=PAGERANK_MAX_ITERATIONS)
            values = [pr[n] for n in names]
        elif kernel == "betweenness":
            b = nx.betweenness_centrality(g, normalized=False)
            values = [b[n] for n in names]
        elif kernel == "closeness":
            c = nx.closeness_centrality(g)
            values = [c[n] for n in names]
        elif kernel == "components":
            label = {}
            for i, comp in enumerate(nx.connected_components(g)):
                for n in comp:
                    label[n] = i
            values = [label[n] for n in names]
        elif kernel == "dijkstra":
            d = nx.single_source_dijkstra_path_length(g, "0", weight="weight")
            values = [d.get(n, float("inf")) for n in names]
        elif kernel == "bfs":
            d = nx.single_source_shortest_path_length(g, "0")
            values = [d.get(n, float("inf")) for n in names]
        elif kernel == "louvain":
            found = nx.community.louvain_communities(g, weight="weight", seed=1)
            label = {n: i for i, community in enumerate(found) for n in community}
            values = [label[n] for n in names]
        kernel_time = time.perf_counter() - t1
        if kernel == "louvain":
            extra["modularity"] = nx.community.modularity(g, found, weight="weight")
    elif lib == "rustworkx":
        g = rx.PyGraph.read_edge_list(graph, comment="#", deliminator=" ")
        names = [str(i) for i in g.node_indices()]
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        # read_edge_list keeps the weight column as a string payload.
        weight = lambda payload: float(payload)  # noqa: E731
        if kernel == "load":
            values = None
        elif kernel == "bfs":
            values = [float("inf")] * len(g)
            for level, layer in enumerate(rx.bfs_layers(g, [0])):
                for v in layer:
                    values[v] = level
        elif kernel == "components":
            values = [0] * len(g)
            for i, comp in enumerate(rx.connected_components(g)):
                for v in comp:
                    values[v] = i
        elif kernel in ("dijkstra", "sssp"):
            found = rx.graph_dijkstra_shortest_path_lengths(g, 0, weight)
            values = [0.0 if v == 0 else (found[v] if v in found else float("inf")) for v in g.node_indices()]
        elif kernel in ("pagerank", "pagerank-unit"):
            # rustworkx's pagerank takes a directed graph: both directions of each edge.
            d = g.to_directed()
            found = rx.pagerank(d, alpha=0.85, tol=PAGERANK_L1_CHANGE / len(d), max_iter=PAGERANK_MAX_ITERATIONS,
                                weight_fn=weight if kernel == "pagerank" else (lambda _: 1.0))
            values = [found[v] for v in g.node_indices()]
        elif kernel == "betweenness":
            found = rx.betweenness_centrality(g, normalized=False)
            values = [found[v] for v in g.node_indices()]
        elif kernel == "closeness":
            found = rx.closeness_centrality(g, wf_improved=True)
            values = [found[v] for v in g.node_indices()]
        kernel_time = time.perf_counter() - t1
    elif lib == "graphblas":
        table = np.loadtxt(graph, comments="#", dtype=np.float64)
        rows, cols = table[:, 0].astype(np.int64), table[:, 1].astype(np.int64)
        # Vertex ids compacted to the ids present in the file, as the other libraries read them.
        present, compact = np.unique(np.concatenate([rows, cols]), return_inverse=True)
        n = len(present)
        rows, cols = compact[: len(rows)], compact[len(rows):]
        weights = table[:, 2] if kernel == "pagerank" else np.ones(len(rows))
        matrix = gb.Matrix.from_coo(np.concatenate([rows, cols]), np.concatenate([cols, rows]),
                                    np.concatenate([weights, weights]), nrows=n, ncols=n, dup_op=gb.binary.plus)
        g = ga.Graph(matrix)
        indices = np.arange(n)
        names = [str(i) for i in present]
        source = int(np.searchsorted(present, 0))
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        if kernel == "load":
            values = None
        elif kernel == "bfs":
            found = ga.single_source_shortest_path_length(g, source)
            dense = np.full(n, np.inf)
            idx, vals = found.to_coo()
            dense[idx] = vals
            values = dense[indices].tolist()
        else:
            found = ga.pagerank(g, alpha=0.85, tol=PAGERANK_L1_CHANGE / n, max_iter=PAGERANK_MAX_ITERATIONS)
            values = found.to_dense(fill_value=0.0)[indices].tolist()
        kernel_time = time.perf_counter() - t1
    else:
        raise SystemExit(f"unknown library {lib}")
    if values is not None and values_path:
        with open(values_path, "w") as f:
            for n, v in zip(names, values):
                f.write(f"{n} {float(v)!r}\n")
    print(json.dumps(dict({"load_s": load, "kernel_s": kernel_time}, **extra)))


# ----------------------------------------------------------------------------------------------
# Orchestration


def measure_with_memory(command, timeout):
    """Like measure, but uses wait4 to obtain the child's own peak resident memory."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = start + timeout
    out_chunks = []
    # Read output without blocking wait4: outputs are small (one JSON line).
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    peak_kib = 0
    while True:
        remaining = deadline - time.perf_counter()
        if remaining <= 0:
            proc.kill()
            os.wait4(proc.pid, 0)
            return None
        peak_kib = max(peak_kib, high_water_kib(proc.pid))
        if sel.select(timeout=min(remaining, 0.02)):
            chunk = proc.stdout.readline()
            if chunk:
                out_chunks.append(chunk)
                continue
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid != 0:
            break
    wall = time.perf_counter() - start
    rest = proc.stdout.read()
    err = proc.stderr.read()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        print(f"  failed: {' '.join(command)}\n{err}", file=sys.stderr)
        return None
    # The child's own high-water mark (VmHWM, sampled while it ran); wait4's ru_maxrss would also
    # count this process's resident size at fork time.
    return wall, (peak_kib or usage.ru_maxrss) / 1024.0, "".join(out_chunks) + rest


def high_water_kib(pid):
    """The peak resident size (VmHWM, KiB) of a running process's current image, or 0."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def read_values(path):
    values = {}
    with open(path) as f:
        for line in f:
            name, value = line.split()
            values[name] = float(value)
    return values


def compare(kernel, mine, reference):
    """Largest relative (or absolute, for small values) difference, and whether it is acceptable."""
    if kernel == "components":
        # Same partition up to relabelling.
        pairs = {}
        for name, label in mine.items():
            other = reference.get(name)
            if pairs.setdefault(label, other) != other:
                return "different partition", False
        return "same partition", len(set(pairs.values())) == len(pairs)
    worst = 0.0
    for name, value in reference.items():
        if name not in mine:
            return f"missing vertex {name}", False
        a, b = mine[name], value
        if a == b:
            continue
        worst = max(worst, abs(a - b) / max(abs(b), 1e-12))
    # PageRank: every value within 1e-6 relative of the reference (igraph's exact solver).
    tolerance = 1e-6 if kernel.startswith("pagerank") else 1e-9
    return f"max rel. diff {worst:.1e}", worst <= tolerance


def community_check(results):
    """Diplograph's modularity against its parallel peer's (NetworKit PLM or ParallelLeiden: at least
    as high) and igraph's (at most 0.002 lower)."""
    mine = results.get("diplograph", {}).get("modularity")
    if mine is None:
        return ""
    parts, ok = [], True
    for lib, slack in (("networkit", 0.0), ("igraph", 0.002)):
        theirs = results.get(lib, {}).get("modularity")
        if theirs is not None:
            parts.append(f"{lib} {theirs:.4f} (Δ {mine - theirs:+.4f})")
            ok = ok and mine >= theirs - slack
    if not parts:
        return ""
    return f"{'OK' if ok else 'LOWER'}: Q {mine:.4f} vs " + ", ".join(parts)


def build():
    print("building Diplograph (release) …", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "diplograph"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["swift", "build", "-c", "release", "--product", "peer-kernels"],
                   cwd=os.path.join(ROOT, "Benchmarks"), check=True, stdout=subprocess.DEVNULL)


def gapbs_command(kernel, path):
    binary = os.path.join(GAPBS_DIR, GAPBS_BINARIES[kernel])
    command = [binary, "-f", input_file("gapbs", kernel, path), "-s", "-n", "1"]
    if kernel != "pagerank-unit":
        command += ["-a"]  # prints the reached vertices / component count after the timed trial
    if kernel in ("bfs", "sssp"):
        command += ["-r", "0"]
    if kernel == "sssp":
        command += ["-d", str(GAPBS_DELTA)]
    if kernel == "pagerank-unit":
        command += ["-l"]
    return command


def parse_gapbs(kernel, out):
    """GAPBS's printed times and results: load = Read + Build time, kernel = the trial time."""
    def number(label):
        found = re.findall(label + r":?\s+([0-9.eE+-]+)", out)
        return float(found[-1]) if found else None
    read, built = number("Read Time"), number("Build Time")
    trials = [float(t) for t in re.findall(r"Trial Time:\s+([0-9.eE+-]+)", out)]
    result = {"load_s": (read or 0) + (built or 0), "kernel_s": min(trials) if trials else number("Average Time")}
    if kernel == "bfs":
        result["reached"] = int(number("BFS Tree has") or -1)
    elif kernel == "sssp":
        result["reached"] = int(number("SSSP Tree reaches") or -1)
    elif kernel == "components":
        result["components"] = int(number("There are") or -1)
    elif kernel == "pagerank-unit":
        # With -l each iteration prints " i    error"; the count gives the per-iteration time.
        result["iterations"] = len(re.findall(r"^\s*\d+\s+[0-9.eE+-]+\s*$", out, flags=re.M)) or None
    result["nodes"] = int(re.search(r"Graph has (\d+) nodes", out).group(1)) if "Graph has" in out else None
    return result


def gapbs_check(kernel, gapbs, mine_path, names_count):
    """GAPBS's printed result against Diplograph's values (reached count, component count)."""
    mine = read_values(mine_path)
    if kernel in ("bfs", "sssp"):
        reached = sum(1 for v in mine.values() if v != float("inf"))
        ok = reached == gapbs.get("reached")
        return f"{'OK' if ok else 'MISMATCH'}: GAPBS reaches {gapbs.get('reached')}, Diplograph {reached}"
    if kernel == "components":
        # GAPBS numbers vertices 0…max id: ids absent from the file are isolated components of its own.
        absent = (gapbs.get("nodes") or names_count) - names_count
        count = len(set(mine.values()))
        ok = count + absent == gapbs.get("components")
        return (f"{'OK' if ok else 'MISMATCH'}: GAPBS {gapbs.get('components')} components "
                f"({absent} absent ids), Diplograph {count}")
    if kernel == "pagerank-unit" and gapbs.get("iterations"):
        return f"{gapbs['iterations']} iterations (float scores; checked: Diplograph vs igraph)"
    return ""


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def summarise(runs):
    """min and median of each timing over the repeats; other fields from the first run."""
    result = dict(runs[0])
    for key in ("load_s", "kernel_s", "wall_s", "peak_mib"):
        samples = [r[key] for r in runs if r.get(key) is not None]
        if samples:
            result[key] = min(samples)
            result[key + "_median"] = statistics.median(samples)
    result["runs"] = len(runs)
    return result


def run_block(kernel, graph_name, path, libraries, repeats, workdir, timeout):
    """Every library on one (kernel, graph), `repeats` rounds, libraries interleaved in each round."""
    runs = {lib: [] for lib in libraries}
    failed = set()
    for round_index in range(repeats):
        for lib in libraries:
            if lib in failed:
                continue
            values_path = os.path.join(workdir, f"{lib}-{kernel}-{graph_name}.values")
            source = input_file(lib, kernel, path)
            if lib == "diplograph":
                command = [PEER_KERNELS, kernel, source, values_path]
            elif lib == "gapbs":
                command = gapbs_command(kernel, path)
            else:
                command = [sys.executable, os.path.abspath(__file__), "--run-one", lib, kernel, source, values_path]
            print(f"{kernel:13} {graph_name:7} {lib:10} #{round_index + 1}", end=" ", file=sys.stderr, flush=True)
            measured = measure_with_memory(command, timeout)
            if measured is None:
                print("skipped (failed or timed out)", file=sys.stderr)
                failed.add(lib)
                continue
            wall, peak, out = measured
            if lib == "gapbs":
                timing = parse_gapbs(kernel, out)
            else:
                timing = json.loads(out.strip().splitlines()[-1])
            runs[lib].append(dict(timing, wall_s=wall, peak_mib=peak, values=values_path))
            print(f"load {timing['load_s']:.3f}s kernel {timing['kernel_s']:.4f}s "
                  f"e2e {wall:.3f}s peak {peak:.0f} MiB", file=sys.stderr)
    return {lib: summarise(r) for lib, r in runs.items() if r}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run-one", nargs=4, metavar=("LIB", "KERNEL", "GRAPH", "VALUES"), help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="only the 10k graph")
    parser.add_argument("--kernels", help="comma-separated kernels to run (default: all): " + ",".join(KERNELS))
    parser.add_argument("--graphs", help="comma-separated graphs to use (default: all): " + ",".join(ALL_GRAPHS))
    parser.add_argument("--libraries", help="comma-separated libraries (default: all available): " + ",".join(LIBRARIES))
    parser.add_argument("--repeats", type=int, default=5, help="runs per measurement, interleaved (default 5)")
    parser.add_argument("--output", default=os.path.join(ROOT, "BENCHMARKS.md"))
    parser.add_argument("--workdir", default="/tmp/diplograph-peers")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--generate-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_one:
        run_one(*args.run_one)
        return

    def selection(text, known, what):
        if not text:
            return list(known)
        chosen = [item.strip() for item in text.split(",") if item.strip()]
        unknown = [item for item in chosen if item not in known]
        if unknown:
            parser.error(f"unknown {what}: {', '.join(unknown)} (known: {', '.join(known)})")
        return chosen

    kernels = selection(args.kernels, list(KERNELS), "kernel")
    wanted = selection(args.graphs, ALL_GRAPHS, "graph")
    if args.quick:
        wanted = ["ba10k"]
    libraries = selection(args.libraries, LIBRARIES, "library")
    if "gapbs" in libraries and not GAPBS_DIR:
        print("GAPBS_DIR is not set: GAPBS is skipped", file=sys.stderr)
    needed = sorted({g for k in kernels for g in KERNELS[k] if g in wanted})

    os.makedirs(args.workdir, exist_ok=True)
    if args.generate_only:
        generate(args.workdir, args.quick, wanted)
        return
    # Generate in a child process: a forked child's peak-memory figure starts from its parent's
    # resident size, so this process must stay small.
    subprocess.run([sys.executable, os.path.abspath(__file__), "--generate-only", "--workdir", args.workdir,
                    "--graphs", ",".join(needed)] + (["--quick"] if args.quick else []), check=True)
    graphs = {name: os.path.join(args.workdir, f"{name}.edges") for name in needed
              if os.path.exists(os.path.join(args.workdir, f"{name}.edges"))}
    if not args.no_build:
        build()

    rows = []
    for kernel in kernels:
        for graph_name in KERNELS[kernel]:
            if graph_name not in graphs:
                continue
            path = graphs[graph_name]
            block_libraries = [lib for lib in libraries if supported(lib, kernel, graph_name)]
            load = load_average()
            # GAPBS's kernels take milliseconds: their blocks run more often for a steadier minimum.
            repeats = max(args.repeats, GAPBS_BLOCK_REPEATS) if "gapbs" in block_libraries else args.repeats
            results = run_block(kernel, graph_name, path, block_libraries, repeats, args.workdir, args.timeout)
            check = ""
            reference = "igraph" if "igraph" in results else "networkx"
            if kernel in COMMUNITY_KERNELS:
                check = community_check(results)
            elif kernel != "load" and "diplograph" in results and reference in results:
                text, ok = compare(kernel, read_values(results["diplograph"]["values"]),
                                   read_values(results[reference]["values"]))
                check = f"{'OK' if ok else 'MISMATCH'} vs {reference}: {text}"
            elif kernel != "load" and "diplograph" in results and "igraph" in libraries:
                check = reference_check(kernel, graph_name, path, results["diplograph"], args)
            if kernel.startswith("pagerank") and reference in results:
                for lib, r in results.items():
                    if lib not in ("diplograph", "gapbs", reference):
                        text, ok = compare(kernel, read_values(r["values"]), read_values(results[reference]["values"]))
                        r["accuracy"] = f"{'OK' if ok else 'MISMATCH'} vs {reference}: {text}"
            gapbs_note = ""
            if "gapbs" in results and "diplograph" in results:
                names_count = len(read_values(results["diplograph"]["values"]))
                gapbs_note = gapbs_check(kernel, results["gapbs"], results["diplograph"]["values"], names_count)
            rows.append((kernel, graph_name, results, check, gapbs_note, load))
            write_report(args.output, rows, args.repeats)

    write_report(args.output, rows, args.repeats)
    print(f"wrote {args.output}", file=sys.stderr)


def reference_check(kernel, graph_name, path, diplograph, args):
    """Diplograph's values against one untimed igraph run, on graphs the peers are not timed on."""
    reference_path = os.path.join(args.workdir, f"igraph-reference-{kernel}-{graph_name}.values")
    command = [sys.executable, os.path.abspath(__file__), "--run-one", "igraph", kernel,
               input_file("igraph", kernel, path), reference_path]
    print(f"{kernel:13} {graph_name:7} igraph     reference run (untimed)", file=sys.stderr, flush=True)
    try:
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, timeout=args.timeout)
    except (subprocess.SubprocessError, OSError) as error:
        return f"no igraph reference: {error}"
    text, ok = compare(kernel, read_values(diplograph["values"]), read_values(reference_path))
    return f"{'OK' if ok else 'MISMATCH'} vs igraph (untimed reference run): {text}"


def note(lib, result, check, gapbs_note):
    """The check column: the check for Diplograph's row, GAPBS's own check, every library's modularity."""
    text = check if lib == "diplograph" else ""
    if lib == "gapbs":
        text = gapbs_note
    if "modularity" in result and lib != "diplograph":
        text = f"Q {result['modularity']:.4f}"
    return result.get("accuracy", text)


def per_iteration(result):
    iterations = result.get("iterations")
    return result["kernel_s"] / iterations if iterations else None


def write_report(path, rows, repeats):
    lines = [
        "# Benchmarks: Diplograph against GAPBS, NetworKit, igraph, GraphBLAS, rustworkx and NetworkX",
        "",
        f"Generated by `python3 Scripts/compare-peers.py` on {time.strftime('%Y-%m-%d')}, "
        f"{os.cpu_count()} cores, all libraries on the same files, each measurement {repeats} times "
        f"({max(repeats, GAPBS_BLOCK_REPEATS)} in the blocks with GAPBS, whose kernels take milliseconds) in "
        "separate processes with the libraries interleaved. Times in seconds: *min* and *median* over the "
        "runs. *kernel* excludes loading; *load* is reading the text edge list; *e2e* is the whole process "
        "from start to exit (min); *peak* is the process's peak resident memory (min). *ratio* is "
        "Diplograph's minimum kernel time divided by the peer's (below 1 means Diplograph is faster). "
        "*load avg* is the 1-minute load average when the block started.",
        "",
        "Graphs: `ba10k` Barabási–Albert 10,000 vertices m=5; `ba100k` BA 100,000 m=5; "
        "`gnm2m` G(n, m) 200,000 vertices, 2,000,000 edges; `gnm10m` G(n, m) 1,000,000 vertices, 10,000,000 "
        "edges; `rmat2m` RMAT scale 18 (262,144 ids), 2,000,000 draws with a=0.57, b=0.19, c=0.19, "
        "repeats and self-loops dropped; weights uniform in [0.1, 1). "
        "PageRank uses the weights (damping 0.85; every library that takes a tolerance stops when an "
        "iteration changes the ranks by less than 1e-11 in total (L1; NetworkX, rustworkx and GraphBLAS "
        "tol = 1e-11/n, NetworKit its L1 norm), so that every value is within 1e-6 relative of igraph's "
        "exact solver (PRPACK), which the check column verifies for each library); `pagerank-unit` ignores them (GAPBS `pr`: float "
        "scores, its own stopping rule, compared per iteration in the ratio column); Dijkstra uses them as "
        "distances; `sssp` uses integer weights in [1, 255] (GAPBS `sssp` with Δ = 2, Diplograph "
        "`shortestDistances`); betweenness, closeness and BFS are unweighted. BFS, SSSP and components start "
        "at vertex 0. Louvain (igraph `community_multilevel`, NetworKit "
        "`PLM`, NetworkX `louvain_communities`) and Leiden (igraph `community_leiden`, modularity, its default 2 "
        "iterations; NetworKit `ParallelLeiden`, its default 3; Diplograph's Leiden runs 3 too) use the weights "
        "as strengths; the check column gives each partition's modularity. GraphBLAS runs through "
        "graphblas-algorithms (no component labelling there). "
        "`rmat2m` and `gnm10m` serve the GAPBS comparison: only Diplograph and GAPBS are timed there, and "
        "Diplograph's values are checked against one untimed igraph run. On GAPBS's kernels (bfs, components, "
        "sssp, pagerank-unit) Diplograph reads GAPBS's own input (the unweighted `.el`, or `.wel` for sssp); "
        "the other peers read the weighted edge list.",
        "",
        "| kernel | graph | load avg | library | load | kernel min | kernel median | e2e | peak MiB | kernel ratio | load ratio | check |",
        "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for kernel, graph_name, results, check, gapbs_note, load in rows:
        mine = results.get("diplograph")
        for lib in LIBRARIES:
            r = results.get(lib)
            if r is None:
                continue
            kernel_ratio = load_ratio = ""
            if mine and lib != "diplograph":
                mine_iteration, theirs_iteration = per_iteration(mine), per_iteration(r)
                if mine_iteration and theirs_iteration:
                    kernel_ratio = f"{mine_iteration / theirs_iteration:.2f}/it"
                elif r["kernel_s"] > 0:
                    kernel_ratio = f"{mine['kernel_s'] / r['kernel_s']:.2f}"
                if r["load_s"] > 0:
                    load_ratio = f"{mine['load_s'] / r['load_s']:.2f}"
            lines.append(
                f"| {kernel} | {graph_name} | {load:.2f} | {lib} | {r['load_s']:.3f} | {r['kernel_s']:.4f} | "
                f"{r.get('kernel_s_median', r['kernel_s']):.4f} | {r['wall_s']:.3f} | {r['peak_mib']:.0f} | "
                f"{kernel_ratio} | {load_ratio} | {note(lib, r, check, gapbs_note)} |")
    lines += growth_section(rows)
    with open(path + ".tmp", "w") as f:
        f.write("\n".join(lines) + "\n" + kept_sections(path))
    os.replace(path + ".tmp", path)


def growth_section(rows, small="gnm2m", large="gnm10m"):
    """How each library's minimum kernel time grows from the 2M-edge to the 10M-edge G(n, m) graph
    (per iteration for PageRank-unit, whose iteration counts differ), and Diplograph's growth
    divided by GAPBS's (at most 1 means Diplograph grows no faster)."""
    times = {}
    for kernel, graph_name, results, *_ in rows:
        for lib, r in results.items():
            value = per_iteration(r) if kernel == "pagerank-unit" else r["kernel_s"]
            if value:
                times[(kernel, graph_name, lib)] = value
    lines = []
    for kernel in KERNELS:
        growth = {}
        for lib in LIBRARIES:
            before, after = times.get((kernel, small, lib)), times.get((kernel, large, lib))
            if before and after:
                growth[lib] = after / before
        if "diplograph" not in growth or len(growth) < 2:
            continue
        relative = (f"{growth['diplograph'] / growth['gapbs']:.2f}" if "gapbs" in growth else "")
        others = ", ".join(f"{lib} {g:.2f}×" for lib, g in growth.items() if lib != "diplograph")
        lines.append(f"| {kernel} | {growth['diplograph']:.2f}× | {others} | {relative} |")
    if not lines:
        return []
    unit = " (per iteration for pagerank-unit)"
    return [
        "",
        f"## Growth from {small} to {large}",
        "",
        f"Minimum kernel time on `{large}` divided by that on `{small}`{unit}; the last column is "
        "Diplograph's growth divided by GAPBS's (at most 1: Diplograph's time grows no faster).",
        "",
        "| kernel | Diplograph | peers | Diplograph ÷ GAPBS |",
        "|---|---:|---|---:|",
    ] + lines


def kept_sections(path):
    """The part of an existing report that other scripts write (from the GraphML loading section's
    begin marker, written by Scripts/bench-graphml-load.py, to the end), kept when the tables are
    rewritten; empty when there is none."""
    try:
        with open(path) as f:
            text = f.read()
    except FileNotFoundError:
        return ""
    start = text.find(GRAPHML_SECTION_MARKER)
    return "" if start < 0 else "\n" + text[start:]


if __name__ == "__main__":
    main()
