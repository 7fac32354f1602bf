import { parseNetwork } from '../../src/model/validate';
import type { Network } from '../../src/model/types';

/**
 * A small network for hand-checked tests: actors as `id:sector` (sector
 * defaults to civil_society), ties as `a-b` or `a-b:strength`, all undirected
 * dialogue ties unless `type` says otherwise.
 */
export function small(actors: string[], ties: string[], extra: Record<string, Record<string, unknown>> = {}): Network {
  const { network, problems } = parseNetwork({
    schemaVersion: 3,
    id: 'small',
    title: 'small',
    actors: actors.map((spec) => {
      const [id, sector = 'civil_society'] = spec.split(':');
      return { id, name: id!.toUpperCase(), sector, basis: 'inferred', ...(extra[id!] ?? {}) };
    }),
    ties: ties.map((spec, i) => {
      const [pair, strength = '1'] = spec.split(':');
      const [source, target] = pair!.split('-');
      return { id: `t${i}`, source, target, type: 'dialogue', strength: Number(strength), basis: 'inferred', ...(extra[`t${i}`] ?? {}) };
    }),
  });
  if (!network || problems.length) throw new Error(`fixture: ${JSON.stringify(problems)}`);
  return network;
}
