#!/usr/bin/env python3
"""Checks that NetworkX reads what `diplograph convert` writes.

Usage: Scripts/check-interop.py GRAPHML GEXF NODELINK [--native GRAPH.yaml]

GRAPHML, GEXF and NODELINK are files produced by `diplograph convert` from the native file
(default: Graphs/kazakhstan-multivector.yaml). Each is read with NetworkX (`read_graphml`,
`read_gexf`, `node_link_graph`) and compared with the native file read with PyYAML: node and edge
counts, every entity field (kind, name, aliases, dates, free attributes) and every relation field
(layer, strength, sign, dates, citations, figures, note), and for GraphML and node-link JSON the
graph-level data (title, curated, kinds, sources, layers, assessments).

Prints one line per failed check and `N passed, N failed` last; exits 1 on any failure.
"""
import argparse
import json
import math
import os
import sys

import networkx as nx
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def expect(self, condition, label):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {label}")
        return condition


def text(value):
    """Dates and other scalars as the native schema writes them (PyYAML may give ints or dates)."""
    return None if value is None else str(value)


def structured(value):
    """A structured attribute: JSON text (GraphML, GEXF) or embedded JSON (node-link)."""
    if isinstance(value, str):
        return json.loads(value)
    return value


def same(a, b):
    """Equality that treats 0.4 == 0.40 and 3 == 3.0 alike, recursively."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return math.isclose(a, b, rel_tol=0, abs_tol=0) or a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def native_items(items):
    """Native list items normalised like our JSON: dates as text."""
    def fix(item):
        if isinstance(item, dict):
            return {k: (text(v) if k in ("date", "since", "until") else fix(v)) for k, v in item.items()}
        if isinstance(item, list):
            return [fix(x) for x in item]
        return item
    return fix(items or [])


def check_graph(c, name, G, native, *, graph_data, label_is_name, edge_id_key):
    entities = native["entities"]
    relations = native["relations"]
    c.expect(G.is_directed(), f"{name}: the graph is directed")
    c.expect(G.is_multigraph(), f"{name}: the graph is a multigraph (parallel relations kept)")
    c.expect(G.number_of_nodes() == len(entities), f"{name}: {G.number_of_nodes()} nodes, expected {len(entities)}")
    c.expect(G.number_of_edges() == len(relations), f"{name}: {G.number_of_edges()} edges, expected {len(relations)}")
    for entity in entities:
        node = entity["id"]
        if not c.expect(node in G.nodes, f"{name}: node {node} exists"):
            continue
        data = G.nodes[node]
        c.expect(data.get("kind") == entity["kind"], f"{name}: node {node} kind")
        shown = data.get("label") if label_is_name else data.get("name")
        c.expect(shown == entity["name"], f"{name}: node {node} name {shown!r}")
        aliases = structured(data["aliases"]) if "aliases" in data else []
        c.expect(aliases == entity.get("aliases", []), f"{name}: node {node} aliases")
        for key in ("since", "until"):
            c.expect(text(data.get(key)) == text(entity.get(key)), f"{name}: node {node} {key}")
        attributes = structured(data["attributes"]) if "attributes" in data else {}
        c.expect(attributes == {k: str(v) for k, v in (entity.get("attributes") or {}).items()}, f"{name}: node {node} attributes")
    by_id = {}
    for u, v, key, data in G.edges(keys=True, data=True):
        by_id[data.get("id") if edge_id_key == "data" else key] = (u, v, data)
    unused = dict(by_id)
    for relation in relations:
        unused.pop(relation.get("id"), None)
    for index, relation in enumerate(relations):
        rid = relation.get("id")
        if rid is None:  # an id-less relation: the first unused edge with its endpoints and layer
            rid = next((k for k, (u, v, d) in unused.items()
                        if (u, v) == (relation["from"], relation["to"]) and d.get("layer") == relation["layer"]), None)
            unused.pop(rid, None)
            c.expect(rid is not None and by_id[rid][2].get("id_generated") is True,
                     f"{name}: relation #{index} (no id) has an edge marked id_generated")
        if not c.expect(rid in by_id, f"{name}: edge {rid} exists"):
            continue
        u, v, data = by_id[rid]
        c.expect((u, v) == (relation["from"], relation["to"]), f"{name}: edge {rid} endpoints {u}->{v}")
        c.expect(data.get("layer") == relation["layer"], f"{name}: edge {rid} layer")
        c.expect(same(data.get("strength"), float(relation["strength"])), f"{name}: edge {rid} strength {data.get('strength')!r}")
        c.expect(data.get("sign") == relation.get("sign", 1), f"{name}: edge {rid} sign")
        for key in ("since", "until", "note"):
            c.expect(text(data.get(key)) == text(relation.get(key)), f"{name}: edge {rid} {key}")
        citations = structured(data["citations"]) if "citations" in data else []
        c.expect(same(citations, native_items(relation.get("citations"))), f"{name}: edge {rid} citations")
        figures = structured(data["figures"]) if "figures" in data else []
        c.expect(same(figures, native_items(relation.get("figures"))), f"{name}: edge {rid} figures")
    if graph_data:
        g = G.graph
        c.expect(g.get("schema") == native["schema"], f"{name}: graph schema")
        c.expect(g.get("title") == native.get("title"), f"{name}: graph title")
        c.expect(g.get("description") == native.get("description"), f"{name}: graph description")
        c.expect(g.get("curated") == native.get("curated", False), f"{name}: graph curated")
        kinds = structured(g["kinds"]) if "kinds" in g else []
        c.expect(kinds == native.get("kinds", []), f"{name}: graph kinds")
        for key in ("sources", "layers", "assessments"):
            value = structured(g[key]) if key in g else []
            c.expect(same(value, native_items(native.get(key))), f"{name}: graph {key}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graphml")
    parser.add_argument("gexf")
    parser.add_argument("nodelink")
    parser.add_argument("--native", default=os.path.join(ROOT, "Graphs", "kazakhstan-multivector.yaml"))
    args = parser.parse_args()
    with open(args.native, encoding="utf-8") as f:
        native = yaml.safe_load(f)
    c = Checker()
    readers = [
        ("graphml", lambda: nx.read_graphml(args.graphml), dict(graph_data=True, label_is_name=False, edge_id_key="key")),
        ("gexf", lambda: nx.read_gexf(args.gexf), dict(graph_data=False, label_is_name=True, edge_id_key="data")),
        ("nodelink", lambda: nx.node_link_graph(json.load(open(args.nodelink, encoding="utf-8"))),
         dict(graph_data=True, label_is_name=False, edge_id_key="key")),
    ]
    for name, read, options in readers:
        try:
            G = read()
        except Exception as error:  # a reader failure is a failed check, not a crash
            c.expect(False, f"{name}: NetworkX cannot read the file: {error}")
            continue
        c.expect(True, f"{name}: read by NetworkX")
        check_graph(c, name, G, native, **options)
    print(f"{c.passed} passed, {c.failed} failed")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
