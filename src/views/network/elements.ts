/**
 * Copies the model into Cytoscape element definitions. Only what the
 * stylesheet and the interaction need goes into `data`; the inspector reads
 * the model, not Cytoscape.
 */
import type { ElementDefinition } from 'cytoscape';
import { localize, type Locale } from '../../model/localized';
import type { Network } from '../../model/types';
import { pillarOf } from '../../model/vocabularies';
import { degrees, type NodeValues } from '../../styling/node-values';
import { agreementMarks } from './agreement-marks';

/** Labels are the short name, else the name, in `locale`. */
export function toElements(network: Network, locale: Locale, values?: NodeValues): ElementDefinition[] {
  const degree = degrees(network);
  // Where informants' answers agree (a network with mapping sessions): dashed and solid ties, ringed actors.
  const marks = agreementMarks(network);
  const nodes: ElementDefinition[] = network.actors.map((actor) => ({
    group: 'nodes',
    data: {
      id: actor.id,
      label: localize(actor.shortName ?? actor.name, locale),
      sector: actor.sector,
      pillar: pillarOf(actor.sector),
      basis: actor.basis,
      degree: degree.get(actor.id) ?? 0,
      // Left out when not assessed, so `node[influence]` sizes only rated actors.
      ...(actor.influence === null ? {} : { influence: actor.influence }),
      ...(values?.get(actor.id) ?? {}),
      ...(marks?.towersDiffer.has(actor.id) ? { towersDiffer: true } : {}),
    },
  }));
  // How many ties join each pair of actors, whatever their direction.
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const perPair = new Map<string, number>();
  for (const tie of network.ties) perPair.set(pairKey(tie.source, tie.target), (perPair.get(pairKey(tie.source, tie.target)) ?? 0) + 1);
  const edges: ElementDefinition[] = network.ties.map((tie) => ({
    group: 'edges',
    data: {
      id: tie.id,
      source: tie.source,
      target: tie.target,
      type: tie.type,
      directed: tie.directed,
      // Another tie joins the same two actors: the two are drawn as curves apart (stylesheet.ts).
      ...(perPair.get(pairKey(tie.source, tie.target))! > 1 ? { parallel: true } : {}),
      // Left out when not assessed, so `edge[trust = 0]` matches neutral trust only.
      ...(tie.trust === null ? {} : { trust: tie.trust }),
      basis: tie.basis,
      ...(marks?.ties.has(tie.id) ? { agreement: marks.ties.get(tie.id) } : {}),
    },
  }));
  return [...nodes, ...edges];
}
