"""Reads a GEXF or GraphML file with networkx and python-igraph, as analysts would, and prints what they saw as JSON.

Usage: python3 read_with_python.py FILE
Prints {"networkx": {...}, "igraph": {...} | null} with node and edge counts,
whether the graph is directed, every arc as [source, target, attributes] and
every node's label.
"""
import json
import sys

import networkx as nx

path = sys.argv[1]
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

try:
    import igraph
except ImportError:
    igraph = None

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

print(json.dumps(out, ensure_ascii=False, default=str))
