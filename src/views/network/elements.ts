/**
 * Copies the model into Cytoscape element definitions. Only what the
 * stylesheet and the interaction need goes into `data`; the inspector reads
 * the model, not Cytoscape.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Network } from '../../model/types';
import { pillarOf } from '../../model/vocabularies';

export function toElements(network: Network): ElementDefinition[] {
  const nodes: ElementDefinition[] = network.actors.map((actor) => ({
    group: 'nodes',
    data: {
      id: actor.id,
      label: actor.shortName ?? actor.name,
      sector: actor.sector,
      pillar: pillarOf(actor.sector),
      basis: actor.basis,
    },
  }));
  const edges: ElementDefinition[] = network.ties.map((tie) => ({
    group: 'edges',
    data: {
      id: tie.id,
      source: tie.source,
      target: tie.target,
      type: tie.type,
      directed: tie.directed,
      // Left out when not assessed, so `edge[trust = 0]` matches neutral trust only.
      ...(tie.trust === null ? {} : { trust: tie.trust }),
      basis: tie.basis,
    },
  }));
  return [...nodes, ...edges];
}
