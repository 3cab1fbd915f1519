#!/usr/bin/env python3
"""Times loading one large GraphML file: Diplograph's CLI vs igraph and NetworkX (BENCHMARKS.md).

Usage: Scripts/bench-graphml-load.py [--diplograph .build/release/diplograph] [--runs 3]

Writes /tmp/gnm-200k-1m.graphml once (NetworkX `write_graphml` of G(n, m) with n = 200,000,
m = 1,000,000 and a float `weight` per edge, seed 1), then runs each loader `--runs` times under
`/usr/bin/time -f "%e %M"` and prints a Markdown table with the minimum wall time and the peak
resident memory of the fastest run. Diplograph is timed as `diplograph convert FILE /tmp/out.json`
(read + assemble + validate + write the native JSON): `diplograph info` reads native files only.
"""
import argparse
import os
import subprocess
import sys

FILE = "/tmp/gnm-200k-1m.graphml"


def generate():
    if os.path.exists(FILE):
        return
    import random
    import networkx as nx
    random.seed(1)
    G = nx.gnm_random_graph(200_000, 1_000_000, seed=1)
    for _, _, data in G.edges(data=True):
        data["weight"] = random.random()
    nx.write_graphml(G, FILE)


def timed(command):
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", *command], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr[-2000:]}")
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--diplograph", default=".build/release/diplograph")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    generate()
    loaders = [
        ("Diplograph (`convert FILE out.json`)", [args.diplograph, "convert", FILE, "/tmp/out.json"]),
        ("igraph `Graph.Read_GraphML`", [sys.executable, "-c", f"import igraph; g = igraph.Graph.Read_GraphML({FILE!r}); print(g.ecount())"]),
        ("NetworkX `read_graphml`", [sys.executable, "-c", f"import networkx as nx; G = nx.read_graphml({FILE!r}); print(G.number_of_edges())"]),
    ]
    print(f"File: {FILE}, {os.path.getsize(FILE) / 1e6:.0f} MB; min of {args.runs} runs\n")
    print("| loader | wall s | peak MiB |")
    print("|---|---:|---:|")
    for name, command in loaders:
        runs = [timed(command) for _ in range(args.runs)]
        seconds, kilobytes = min(runs)
        print(f"| {name} | {seconds:.2f} | {kilobytes / 1024:.0f} |", flush=True)


if __name__ == "__main__":
    main()
