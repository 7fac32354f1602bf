// Files that travel: what networkx and Gephi write opens in Puentes, and what
// Puentes writes opens in networkx and igraph with the same nodes, edges,
// labels and directions. The foreign files in tests/fixtures were written by
// networkx 2.8 itself (tests/fixtures/networkx/make.py) and by hand the way
// Gephi 0.10 exports; the readers are run for real, with /usr/bin/python3.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGraphFile, SOURCE_ID, SOURCE_WEIGHT, writeGexf, writeGraphml } from '../../src/io/graph-formats';
import { parseNetwork } from '../../src/model/validate';
import type { Network } from '../../src/model/types';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const read = (path: string) => readGraphFile(fixture(path), path, path.endsWith('.gexf') ? 'gexf' : 'graphml', new DOMParser());

describe('files written by networkx import with every node and weighted edge', () => {
  // Counts as networkx reports them: number_of_nodes(), number_of_edges().
  const graphs = [
    { name: 'karate', nodes: 34, edges: 78 },
    { name: 'les-miserables', nodes: 77, edges: 254 },
    { name: 'florentine', nodes: 15, edges: 20 },
    { name: 'davis', nodes: 32, edges: 89 },
    { name: 'mesa-accents', nodes: 4, edges: 3 },
  ];
  for (const { name, nodes, edges } of graphs) {
    for (const format of ['gexf', 'graphml']) {
      it(`${name}.${format}: ${nodes} actors and ${edges} ties, no record left out`, () => {
        const { network, problems } = read(`networkx/${name}.${format}`);
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(network?.actors).toHaveLength(nodes);
        expect(network?.ties).toHaveLength(edges);
      });
    }
  }

  it('slugifies ids that are names with spaces and accents, keeping the original as source id and name', () => {
    for (const format of ['gexf', 'graphml']) {
      const { network } = read(`networkx/mesa-accents.${format}`);
      const defensoria = network!.actors.find((a) => a.name === 'Defensoría del Pueblo');
      expect(defensoria).toMatchObject({
        id: 'defensoria-del-pueblo',
        extra: { [SOURCE_ID]: 'Defensoría del Pueblo', tipo: 'estado', provincia: 'Lima' },
      });
      // networkx wrote a DiGraph: every tie keeps its direction, ends mapped to the new ids.
      const tie = network!.ties.find((t) => t.source === 'defensoria-del-pueblo');
      expect(tie).toMatchObject({ target: 'comunidad-de-fuerabamba', directed: true, strength: 3 });
    }
  });

  it('maps weights to strength in equal thirds when they are off the 1–3 scale, and says how', () => {
    // Les Misérables weights run 1–31: thirds of 30 → up to 11 is 1, up to 21 is 2, above is 3.
    const { network, problems } = read('networkx/les-miserables.gexf');
    const tie = (a: string, b: string) =>
      network!.ties.find((t) => (t.source === a && t.target === b) || (t.source === b && t.target === a));
    // From the networkx graph: Napoleon–Myriel weight 1, Valjean–Cosette 31, Myriel–Valjean 5, Marius–Cosette 21.
    expect(tie('napoleon', 'myriel')).toMatchObject({ strength: 1, extra: { [SOURCE_WEIGHT]: '1' } });
    expect(tie('valjean', 'cosette')).toMatchObject({ strength: 3, extra: { [SOURCE_WEIGHT]: '31' } });
    expect(tie('myriel', 'valjean')?.strength).toBe(1);
    expect(tie('marius', 'cosette')?.strength).toBe(2);
    expect(problems.find((p) => p.message.includes('equal thirds'))?.message).toContain(
      'edge weights 1–31 were mapped to tie strength 1–3',
    );
    expect(problems.find((p) => p.message.includes('equal thirds'))?.messageEs).toContain('por tercios iguales');
  });

  it('keeps node attributes as extra fields (karate club, Davis bipartite sets)', () => {
    expect(read('networkx/karate.graphml').network!.actors[0]?.extra).toMatchObject({ club: 'Mr. Hi' });
    const davis = read('networkx/davis.gexf').network!;
    expect(davis.actors.find((a) => a.name === 'Evelyn Jefferson')).toMatchObject({ id: 'evelyn-jefferson', extra: { bipartite: '0' } });
  });
});

describe('a file made by Gephi (GEXF 1.3 with positions and colours)', () => {
  it('imports every node with its sector, directed and undirected edges, weights as strength', () => {
    const { network, problems } = read('gephi/mesa-cusco.gexf');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(network!.actors.map((a) => [a.id, a.name, a.sector])).toEqual([
      ['n0', 'Gobierno Regional del Cusco', 'state'],
      ['n1', 'Federación Campesina de Espinar', 'community'],
      ['n2', 'Compañía Minera Antapaccay', 'company'],
    ]);
    // Its colour (viz:color r=31 g=119 b=180 → #1f77b4) and size are kept as extra attributes the user may drop.
    expect(network!.actors[0]?.extra).toEqual({ modularity_class: '0', color: '#1f77b4', size: '20' });
    expect(network!.ties.map((t) => [t.source, t.target, t.type, t.directed ?? false, t.strength])).toEqual([
      ['n0', 'n1', 'dialogue', true, 2],
      ['n2', 'n1', 'conflict', true, 1],
      ['n0', 'n2', 'dialogue', false, 3],
    ]);
  });
});

describe('an edge naming a node that is not in the file', () => {
  it.each(['gexf', 'graphml'] as const)('%s: is a located problem, not an invented actor', (format) => {
    const text =
      format === 'gexf'
        ? `<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph defaultedgetype="undirected"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
<edges><edge id="e1" source="a" target="b"/><edge id="e2" source="a" target="fantasma"/></edges></graph></gexf>`
        : `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="a"/><node id="b"/>
<edge id="e1" source="a" target="b"/><edge id="e2" source="fantasma" target="b"/></graph></graphml>`;
    const { network, problems } = readGraphFile(text, `x.${format}`, format, new DOMParser());
    expect(network?.actors.map((a) => a.id)).toEqual(['a', 'b']);
    expect(network?.ties).toHaveLength(1);
    const missing = problems.find((p) => p.code === 'missing-actor');
    expect(missing).toMatchObject({ path: `x.${format} edge 2 (id "e2")`, severity: 'error' });
    expect(missing?.message).toContain('"fantasma"');
    expect(missing?.messageEs).toContain('«fantasma»');
  });
});

// ── Our files, read by networkx and igraph ──────────────────────────────────

const python = '/usr/bin/python3';
const probe = spawnSync(python, ['-c', 'import networkx, igraph'], { encoding: 'utf8' });
const haveReaders = probe.status === 0;
if (!haveReaders) {
  console.warn(
    `\n*** SKIPPED: the networkx/igraph round trips need ${python} with networkx and python-igraph ` +
      `(apt-get install -y python3-networkx python3-igraph): ${probe.error?.message ?? probe.stderr.trim()}\n`,
  );
}

interface PythonRead {
  nodes: number;
  edges: number;
  directed: boolean;
  labels: Record<string, string>;
  arcs: [string, string, Record<string, unknown>][];
}

const scratch = mkdtempSync(join(tmpdir(), 'puentes-interop-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const samples: [string, Network][] = [
  ['lima-2010', parseNetwork(lima).network!],
  ['macro-sur-2017', parseNetwork(macroSur).network!],
];

/** Our files, by name: each sample in both formats, and Lima with no directed tie. */
const ourFiles = new Map<string, string>([
  ...samples.flatMap(([name, network]) => [
    [`${name}.gexf`, writeGexf(network, 'es')] as const,
    [`${name}.graphml`, writeGraphml(network, 'es')] as const,
  ]),
  ['plain.graphml', writeGraphml({ ...samples[0]![1], ties: samples[0]![1].ties.map(({ directed: _d, ...tie }) => tie) } as Network)],
]);

/** What networkx and igraph read from each of our files, all read in one Python run (starting it is the slow part). */
let readByPython: Map<string, { networkx: PythonRead; igraph: PythonRead | null }> | undefined;
function readWithPython(fileName: string): { networkx: PythonRead; igraph: PythonRead | null } {
  if (!readByPython) {
    const paths = [...ourFiles].map(([name, text]) => {
      writeFileSync(join(scratch, name), text);
      return join(scratch, name);
    });
    const script = new URL('./read_with_python.py', import.meta.url).pathname;
    const seen = JSON.parse(execFileSync(python, [script, ...paths], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
    readByPython = new Map([...ourFiles.keys()].map((name) => [name, seen[join(scratch, name)]]));
  }
  return readByPython.get(fileName)!;
}

describe.skipIf(!haveReaders)('our GEXF and GraphML, read by networkx and igraph', () => {
  for (const [name, network] of samples) {
    const directed = network.ties.filter((t) => t.directed);
    const undirected = network.ties.filter((t) => !t.directed);
    for (const format of ['gexf', 'graphml'] as const) {
      it(`${name}.${format}: every actor and tie, labels in Spanish, every directed tie in its direction`, () => {
        const seen = readWithPython(`${name}.${format}`);
        const readers = [['networkx', seen.networkx], ...(format === 'graphml' ? [['igraph', seen.igraph]] : [])] as [string, PythonRead][];
        expect(readers.map(([reader]) => reader)).toEqual(format === 'graphml' ? ['networkx', 'igraph'] : ['networkx']);
        for (const [reader, graph] of readers) {
          // The samples mix directed and undirected ties, so the file is directed and each undirected tie is two arcs.
          expect([reader, graph.directed, graph.nodes, graph.edges]).toEqual([
            reader,
            true,
            network.actors.length,
            directed.length + 2 * undirected.length,
          ]);
          expect(graph.labels[network.actors[0]!.id]).toBe(
            typeof network.actors[0]!.name === 'string' ? network.actors[0]!.name : network.actors[0]!.name.es,
          );
          const plainArcs = graph.arcs.filter(([, , data]) => data.reciprocal !== true).map(([s, t]) => `${s}→${t}`);
          expect(plainArcs.sort()).toEqual(directed.map((t) => `${t.source}→${t.target}`).sort());
          // Each undirected tie is there both ways, and names the tie it stands for.
          const pairs = new Map<string, string[]>();
          for (const [s, t, data] of graph.arcs.filter(([, , d]) => d.reciprocal === true))
            pairs.set(String(data.tie), [...(pairs.get(String(data.tie)) ?? []), `${s}→${t}`]);
          expect(pairs.size).toBe(undirected.length);
          for (const tie of undirected)
            expect(pairs.get(tie.id)?.sort()).toEqual([`${tie.source}→${tie.target}`, `${tie.target}→${tie.source}`].sort());
        }
      });
    }
  }

  it('a network with no directed tie is written as an undirected graph, one edge per tie', () => {
    const network = samples[0]![1];
    const seen = readWithPython('plain.graphml');
    expect([seen.networkx.directed, seen.networkx.edges, seen.igraph?.directed, seen.igraph?.edges]).toEqual([
      false,
      network.ties.length,
      false,
      network.ties.length,
    ]);
  });

  it('what networkx reads from our file comes back into Puentes as the same network', () => {
    for (const [, network] of samples) {
      for (const format of ['gexf', 'graphml'] as const) {
        const text = format === 'gexf' ? writeGexf(network, 'es') : writeGraphml(network, 'es');
        const back = readGraphFile(text, `n.${format}`, format, new DOMParser()).network!;
        expect(back.ties.map((t) => [t.id, t.source, t.target, t.directed ?? false])).toEqual(
          network.ties.map((t) => [t.id, t.source, t.target, t.directed ?? false]),
        );
      }
    }
  });
});
