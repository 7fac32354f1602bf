"""Reads GEXF and GraphML files with networkx and python-igraph, as analysts would, and prints what they saw as JSON.

Usage: python3 read_with_python.py FILE...
Prints {FILE: {"networkx": {...}, "igraph": {...} | null}, ...} with node and
edge counts, whether the graph is directed, every arc as [source, target,
attributes] and every node's label. All files in one run: starting Python with
networkx and igraph takes longer than reading a file.
"""
import json
import sys

import networkx as nx

try:
    import igraph
except ImportError:
    igraph = None


def read(path):
    out = {}
    if path.endswith(".gexf"):
        g = nx.read_gexf(path)
    else:
        g = nx.read_graphml(path)
    out["networkx"] = {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "labels": {n: d.get("label") for n, d in g.nodes(data=True)},
        "node_attributes": {n: {k: v for k, v in d.items()} for n, d in g.nodes(data=True)},
        "arcs": [[u, v, {k: val for k, val in d.items()}] for u, v, d in g.edges(data=True)],
    }

    if igraph is not None and path.endswith(".graphml"):
        ig = igraph.Graph.Read_GraphML(path)
        names = ig.vs["id"] if "id" in ig.vs.attributes() else [str(i) for i in range(ig.vcount())]
        out["igraph"] = {
            "nodes": ig.vcount(),
            "edges": ig.ecount(),
            "directed": ig.is_directed(),
            "arcs": [[names[e.source], names[e.target], e.attributes()] for e in ig.es],
            "labels": dict(zip(names, ig.vs["label"])) if "label" in ig.vs.attributes() else {},
        }
    else:
        out["igraph"] = None
    return out


print(json.dumps({path: read(path) for path in sys.argv[1:]}, ensure_ascii=False, default=str))
