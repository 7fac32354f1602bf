// A GraphML file as other tools write them, for the browser tests and the bench (tests/bench/browser.ts).

/**
 * A GraphML of `nodes` nodes named in "tooltip", placed at x/y, and `edges` distinct ties between random pairs, from a
 * seeded generator (the same file every run).
 */
export function graphml(nodes: number, edges: number): string {
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const lines = [
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '<key id="t" for="node" attr.name="tooltip" attr.type="string"/>',
    '<key id="x" for="node" attr.name="x" attr.type="double"/><key id="y" for="node" attr.name="y" attr.type="double"/>',
    '<graph edgedefault="undirected">',
  ];
  for (let i = 0; i < nodes; i++) {
    const [x, y] = [random() * 1000, random() * 1000].map((v) => v.toFixed(2));
    lines.push(`<node id="${i}"><data key="t">Organización ${i}</data><data key="x">${x}</data><data key="y">${y}</data></node>`);
  }
  const pairs = new Set<string>();
  while (pairs.size < edges) {
    const [a, b] = [Math.floor(random() * nodes), Math.floor(random() * nodes)].sort((p, q) => p - q);
    if (a === b || pairs.has(`${a}-${b}`)) continue;
    pairs.add(`${a}-${b}`);
    lines.push(`<edge id="e${pairs.size}" source="${a}" target="${b}"/>`);
  }
  return [...lines, '</graph>', '</graphml>'].join('\n');
}
