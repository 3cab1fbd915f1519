#!/usr/bin/env python3
"""Times Diplograph against NetworkX, igraph and NetworKit on the same seeded graphs, in one run.

Usage:
    python3 Scripts/compare-peers.py [--quick] [--output BENCHMARKS.md] [--workdir DIR]

It generates seeded edge lists (Barabási–Albert 10k and 100k vertices with m=5, and G(n, m) with
200k vertices and 2M edges; weights uniform in [0.1, 1)), builds Diplograph in release mode, and
runs every (library, kernel, graph) measurement in its own process, recording:

- load time (reading the text file into the library's graph),
- kernel time (load excluded),
- end-to-end time of the process (start to exit) and its peak resident memory (wait4's ru_maxrss).

Diplograph's kernels run through `Benchmarks/.build/release/peer-kernels`; its end-to-end time for a
user-facing command is also measured with the real `diplograph` executable where one exists. The
results of every library are checked against igraph's (or NetworkX's) with the same weight
semantics, and a Markdown table with times and ratios is written. Requires
`pip install python-igraph networkit`.
"""

import argparse
import json
import os
import random
import selectors
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEER_KERNELS = os.path.join(ROOT, "Benchmarks", ".build", "release", "peer-kernels")
DIPLOGRAPH = os.path.join(ROOT, ".build", "release", "diplograph")

# kernel -> graphs it runs on (NetworkX is skipped where a run would take many minutes).
KERNELS = {
    "load": ["ba10k", "ba100k", "gnm2m"],
    "pagerank": ["ba10k", "ba100k", "gnm2m"],
    "betweenness": ["ba10k"],
    "closeness": ["ba10k"],
    "components": ["ba10k", "ba100k", "gnm2m"],
    "dijkstra": ["ba10k", "ba100k", "gnm2m"],
    "bfs": ["ba10k", "ba100k", "gnm2m"],
    "louvain": ["ba10k", "ba100k", "gnm2m"],
    "leiden": ["ba10k", "ba100k", "gnm2m"],
}
# Community kernels: each library reports the modularity of its own partition (weights as strengths);
# the check compares it with igraph's.
COMMUNITY_KERNELS = ("louvain", "leiden")
LIBRARIES = ["diplograph", "networkit", "igraph", "networkx"]


def networkx_feasible(kernel, graph_name):
    """NetworkX (pure Python) is left out where one run would take many minutes."""
    if kernel in COMMUNITY_KERNELS:
        return kernel == "louvain" and graph_name == "ba10k"
    return graph_name != "gnm2m" and kernel not in ("betweenness", "closeness")


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


def write_graph(path, edges, seed):
    rng = random.Random(seed)
    with open(path, "w") as f:
        f.write("# u v weight\n")
        for u, v in edges:
            f.write(f"{u} {v} {0.1 + 0.9 * rng.random():.6f}\n")


def generate(workdir, quick):
    specs = {
        "ba10k": lambda: barabasi_albert(10_000, 5, 1),
        "ba100k": lambda: barabasi_albert(100_000, 5, 2),
        "gnm2m": lambda: gnm(200_000, 2_000_000, 3),
    }
    if quick:
        specs = {"ba10k": specs["ba10k"]}
    paths = {}
    for name, make in specs.items():
        path = os.path.join(workdir, f"{name}.edges")
        if not os.path.exists(path):
            print(f"generating {name} …", file=sys.stderr)
            write_graph(path + ".tmp", make(), 99)
            os.replace(path + ".tmp", path)
        paths[name] = path
    return paths


# ----------------------------------------------------------------------------------------------
# One measurement in this process (run as a child: --run-one LIB KERNEL GRAPH VALUES)


def run_one(lib, kernel, graph, values_path):
    if lib == "networkit" and kernel == "leiden":
        raise SystemExit("networkit: no leiden kernel here (PLM is compared with louvain)")
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
        elif kernel == "betweenness":
            values = g.betweenness(directed=False)
        elif kernel == "closeness":
            values = g.closeness()
        elif kernel == "components":
            values = g.connected_components().membership
        elif kernel == "dijkstra":
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
            pr = nk.centrality.PageRank(g, damp=0.85, tol=1e-6)
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
        elif kernel == "dijkstra":
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
        kernel_time = time.perf_counter() - t1
        if kernel == "louvain":
            extra["modularity"] = nk.community.Modularity().getQuality(partition, g)
    elif lib == "networkx":
        g = nx.read_weighted_edgelist(graph, nodetype=str)
        names = list(g.nodes())
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        if kernel == "load":
            values = None
        elif kernel == "pagerank":
            pr = nx.pagerank(g, alpha=0.85, tol=1e-6, weight="weight")
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
    tolerance = 1e-4 if kernel == "pagerank" else 1e-9
    return f"max rel. diff {worst:.1e}", worst <= tolerance


def community_check(results):
    """Diplograph's modularity against igraph's: acceptable when at most 0.002 lower."""
    mine = results.get("diplograph", {}).get("modularity")
    theirs = results.get("igraph", {}).get("modularity")
    if mine is None or theirs is None:
        return ""
    ok = mine >= theirs - 0.002
    return f"{'OK' if ok else 'LOWER'}: Q {mine:.4f} vs igraph {theirs:.4f} (Δ {mine - theirs:+.4f})"


def build():
    print("building Diplograph (release) …", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "diplograph"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["swift", "build", "-c", "release", "--product", "peer-kernels"],
                   cwd=os.path.join(ROOT, "Benchmarks"), check=True, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run-one", nargs=4, metavar=("LIB", "KERNEL", "GRAPH", "VALUES"), help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="only the 10k graph")
    parser.add_argument("--output", default=os.path.join(ROOT, "BENCHMARKS.md"))
    parser.add_argument("--workdir", default="/tmp/diplograph-peers")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--generate-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_one:
        run_one(*args.run_one)
        return

    os.makedirs(args.workdir, exist_ok=True)
    if args.generate_only:
        generate(args.workdir, args.quick)
        return
    # Generate in a child process: a forked child's peak-memory figure starts from its parent's
    # resident size, so this process must stay small.
    subprocess.run([sys.executable, os.path.abspath(__file__), "--generate-only", "--workdir", args.workdir]
                   + (["--quick"] if args.quick else []), check=True)
    graphs = generate(args.workdir, args.quick)
    if not args.no_build:
        build()

    rows = []
    for kernel, graph_names in KERNELS.items():
        for graph_name in graph_names:
            if graph_name not in graphs:
                continue
            path = graphs[graph_name]
            results = {}
            for lib in LIBRARIES:
                if lib == "networkx" and not networkx_feasible(kernel, graph_name):
                    continue
                values_path = os.path.join(args.workdir, f"{lib}-{kernel}-{graph_name}.values")
                if lib == "diplograph":
                    command = [PEER_KERNELS, kernel, path, values_path]
                else:
                    command = [sys.executable, os.path.abspath(__file__), "--run-one", lib, kernel, path, values_path]
                print(f"{kernel:12} {graph_name:7} {lib:10}", end=" ", file=sys.stderr, flush=True)
                measured = measure_with_memory(command, args.timeout)
                if measured is None:
                    print("skipped (failed or timed out)", file=sys.stderr)
                    continue
                wall, peak, out = measured
                timing = json.loads(out.strip().splitlines()[-1])
                results[lib] = dict(timing, wall_s=wall, peak_mib=peak, values=values_path)
                print(f"load {timing['load_s']:.3f}s kernel {timing['kernel_s']:.3f}s "
                      f"e2e {wall:.3f}s peak {peak:.0f} MiB", file=sys.stderr)
            check = ""
            reference = "igraph" if "igraph" in results else "networkx"
            if kernel in COMMUNITY_KERNELS:
                check = community_check(results)
            elif kernel != "load" and "diplograph" in results and reference in results:
                text, ok = compare(kernel, read_values(results["diplograph"]["values"]),
                                   read_values(results[reference]["values"]))
                check = f"{'OK' if ok else 'MISMATCH'} vs {reference}: {text}"
            rows.append((kernel, graph_name, results, check))

    write_report(args.output, rows)
    print(f"wrote {args.output}", file=sys.stderr)


def note(lib, result, check):
    """The check column: the check for Diplograph's row, and every library's modularity."""
    text = check if lib == "diplograph" else ""
    if "modularity" in result and lib != "diplograph":
        text = f"Q {result['modularity']:.4f}"
    return text


def write_report(path, rows):
    lines = [
        "# Benchmarks: Diplograph against NetworKit, igraph and NetworkX",
        "",
        f"Generated by `python3 Scripts/compare-peers.py` on {time.strftime('%Y-%m-%d')}, "
        f"{os.cpu_count()} cores, one run, all libraries on the same files. "
        "Times in seconds. *kernel* excludes loading; *load* is reading the text edge list; "
        "*e2e* is the whole process from start to exit; *peak* is the process's peak resident memory. "
        "*ratio* is Diplograph's time divided by the peer's (below 1 means Diplograph is faster).",
        "",
        "Graphs: `ba10k` Barabási–Albert 10,000 vertices m=5; `ba100k` BA 100,000 m=5; "
        "`gnm2m` G(n, m) 200,000 vertices, 2,000,000 edges; weights uniform in [0.1, 1). "
        "PageRank uses the weights (damping 0.85, tol 1e-6); Dijkstra uses them as distances; "
        "betweenness, closeness and BFS are unweighted. Louvain (igraph `community_multilevel`, NetworKit "
        "`PLM`, NetworkX `louvain_communities`) and Leiden (igraph `community_leiden`, modularity, its default 2 "
        "iterations; Diplograph's Leiden runs 4) use the weights as strengths; the check column gives each partition's modularity.",
        "",
        "| kernel | graph | library | load | kernel | e2e | peak MiB | kernel ratio | load ratio | check |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for kernel, graph_name, results, check in rows:
        mine = results.get("diplograph")
        for lib in LIBRARIES:
            r = results.get(lib)
            if r is None:
                continue
            kernel_ratio = load_ratio = ""
            if mine and lib != "diplograph":
                if r["kernel_s"] > 0:
                    kernel_ratio = f"{mine['kernel_s'] / r['kernel_s']:.2f}"
                if r["load_s"] > 0:
                    load_ratio = f"{mine['load_s'] / r['load_s']:.2f}"
            lines.append(
                f"| {kernel} | {graph_name} | {lib} | {r['load_s']:.3f} | {r['kernel_s']:.4f} | "
                f"{r['wall_s']:.3f} | {r['peak_mib']:.0f} | {kernel_ratio} | {load_ratio} | "
                f"{note(lib, r, check)} |")
    with open(path + ".tmp", "w") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(path + ".tmp", path)


if __name__ == "__main__":
    main()
