#!/usr/bin/env python3
"""Writes the foreign-format test fixtures of Tests/Fixtures/foreign/ from NetworkX's classic graphs.

    python3 Scripts/make-foreign-fixtures.py [OUTPUT_DIR]

- lesmis.graphml: Les Misérables co-appearances (nx.les_miserables_graph(), weights 1-31), GraphML.
- davis.gexf: Davis Southern Women, women and events (nx.davis_southern_women_graph()), GEXF.
- florentine.nodelink.json: the Florentine families (nx.florentine_families_graph()), node-link JSON
  with "links" (nx.node_link_data(..., edges="links")).
- betweenness.json: NetworkX's unweighted normalized betweenness of each, keyed by file name, the
  reference the tests compare `diplograph centrality --measure betweenness --distance unit` with.

The hand-written DOT fixture (alliances.dot) is not generated.
"""
import json
import os
import sys

import networkx as nx


def main() -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "Tests", "Fixtures", "foreign")
    os.makedirs(out, exist_ok=True)
    lesmis = nx.les_miserables_graph()
    davis = nx.davis_southern_women_graph()
    florentine = nx.florentine_families_graph()
    nx.write_graphml(lesmis, os.path.join(out, "lesmis.graphml"))
    nx.write_gexf(davis, os.path.join(out, "davis.gexf"))
    with open(os.path.join(out, "florentine.nodelink.json"), "w", encoding="utf-8") as f:
        json.dump(nx.node_link_data(florentine, edges="links"), f, indent=1, sort_keys=True)
        f.write("\n")
    reference = {
        name: {str(node): value for node, value in sorted(nx.betweenness_centrality(graph, normalized=True).items())}
        for name, graph in [("lesmis.graphml", lesmis), ("davis.gexf", davis), ("florentine.nodelink.json", florentine)]
    }
    reference["networkx"] = nx.__version__
    with open(os.path.join(out, "betweenness.json"), "w", encoding="utf-8") as f:
        json.dump(reference, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
