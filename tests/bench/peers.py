"""Times python-igraph and networkx on the same edge list as `npm run bench`, for its side-by-side table.

Usage: python3 peers.py <edges.tsv> <measures, comma-separated>
Prints one JSON object: {"igraph": {measure: ms | null}, "networkx": {...}, "versions": {...}}.
A peer that is not installed is reported as missing, never as an error.
"""
import json
import statistics
import sys
import time


def median_ms(work, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    path, measures = sys.argv[1], sys.argv[2].split(",")
    with open(path) as f:
        lines = [line.split() for line in f if line.strip()]
    n = int(lines[0][0])
    edges = [(int(a), int(b)) for a, b in lines[1:]]
    # Above 5,000 actors an exact betweenness takes igraph a minute or more: one run there.
    runs = 3 if n <= 5000 else 1
    out = {"igraph": None, "networkx": None, "versions": {}}
    try:
        import igraph

        g = igraph.Graph(n=n, edges=edges, directed=False)
        out["versions"]["igraph"] = igraph.__version__
        out["igraph"] = {}
        if "betweenness" in measures:
            out["igraph"]["betweenness"] = median_ms(lambda: g.betweenness(directed=False), runs)
        if "closeness" in measures:
            out["igraph"]["closeness"] = median_ms(lambda: g.closeness(), runs)
        if "louvain" in measures:
            out["igraph"]["louvain"] = median_ms(lambda: g.community_multilevel())
    except ImportError:
        pass
    try:
        import networkx as nx

        h = nx.Graph()
        h.add_nodes_from(range(n))
        h.add_edges_from(edges)
        out["versions"]["networkx"] = nx.__version__
        out["networkx"] = {}
        # networkx is pure Python: one run, and only where it finishes in reasonable time.
        if "betweenness" in measures and n <= 2500:
            out["networkx"]["betweenness"] = median_ms(lambda: nx.betweenness_centrality(h), runs=1)
        if "louvain" in measures and n <= 5000 and hasattr(nx.community, "louvain_communities"):
            out["networkx"]["louvain"] = median_ms(lambda: nx.community.louvain_communities(h, seed=1), runs=1)
    except ImportError:
        pass
    print(json.dumps(out))


main()
