import { describe, expect, it } from 'vitest';
import { fromGraph, toGraph } from '../../src/model/graph';
import { parseNetwork } from '../../src/model/validate';
import type { Network } from '../../src/model/types';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';

function load(file: unknown): Network {
  const { network } = parseNetwork(file);
  if (!network) throw new Error('sample did not load');
  return network;
}

describe('toGraph / fromGraph', () => {
  it.each([
    ['lima-2010', lima],
    ['macro-sur-2017', macroSur],
  ])('round-trips %s exactly', (_name, file) => {
    const network = load(file);
    expect(fromGraph(toGraph(network))).toEqual(network);
  });

  it('keeps directed and undirected ties between the same two actors (mixed multi-graph)', () => {
    const network = load({
      schemaVersion: 3,
      id: 'm',
      title: 'M',
      actors: [
        { id: 'a', name: 'A', sector: 'foreign_government', basis: 'documented' },
        { id: 'b', name: 'B', sector: 'civil_society', basis: 'documented' },
      ],
      ties: [
        { id: 'fund', source: 'a', target: 'b', type: 'funding', basis: 'documented' },
        { id: 'talk', source: 'a', target: 'b', type: 'dialogue', basis: 'documented' },
        { id: 'talk2', source: 'b', target: 'a', type: 'dialogue', basis: 'assumed' },
      ],
    });
    const graph = toGraph(network);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(3);
    expect(graph.directedSize).toBe(1);
    expect(graph.undirectedSize).toBe(2);
    expect(graph.isDirected('fund')).toBe(true);
    expect(fromGraph(graph)).toEqual(network);
  });

  it('does not share objects between the network and the graph', () => {
    const network = load(lima);
    const graph = toGraph(network);
    graph.updateNodeAttribute('minem', 'tags', (tags) => [...(tags ?? []), 'edited']);
    expect(network.actors.find((a) => a.id === 'minem')?.tags).not.toContain('edited');
  });
});
