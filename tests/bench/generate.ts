/**
 * Generates a plausible stakeholder network of any size for benchmarks:
 * actors spread over sectors and regions, ties mostly inside loose groups
 * (as in real maps) with some bridges, a seeded generator so runs repeat.
 */
import { mulberry32 } from '../../src/analysis/random';
import type { Actor, Network, Tie } from '../../src/model/types';
import { SECTORS, TIE_TYPES, isDirectedType } from '../../src/model/vocabularies';
import { SCHEMA_VERSION } from '../../src/model/schema';

const REGIONS = ['PE-LMA', 'PE-CUS', 'PE-APU', 'PE-ARE', 'PE-PUN', 'PE-CAJ', 'PE-ANC', 'PE-PIU', null];

export function generateNetwork(actors: number, tiesPerActor = 3, seed = 42): Network {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const groupSize = 25;
  const list: Actor[] = Array.from({ length: actors }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}`,
    aliases: [],
    sector: pick(SECTORS),
    level: pick(['national', 'regional', 'local'] as const),
    country: 'PE',
    region: pick(REGIONS),
    influence: 1 + Math.floor(random() * 5),
    vpKnowledge: Math.floor(random() * 4),
    vpInterest: Math.floor(random() * 4),
    stance: null,
    engagement: null,
    vpStatus: null,
    capacities: { technical: Math.floor(random() * 4), humanRights: null, conflictPrevention: null, impartiality: null },
    contacts: [],
    tags: [],
    notes: '',
    sources: [{ doc: 'generated', locator: `row ${i}` }],
    basis: 'assumed',
    fieldBasis: {},
  }));
  const ties: Tie[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < actors * tiesPerActor; i++) {
    const a = Math.floor(random() * actors);
    // Four in five ties stay inside the actor's group of 25; the rest bridge anywhere.
    const group = Math.floor(a / groupSize) * groupSize;
    const b = random() < 0.8 ? Math.min(actors - 1, group + Math.floor(random() * groupSize)) : Math.floor(random() * actors);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const type = pick(TIE_TYPES);
    ties.push({
      id: `t${i}`,
      source: `a${a}`,
      target: `a${b}`,
      type,
      directed: isDirectedType(type),
      trust: random() < 0.5 ? null : Math.floor(random() * 5) - 2,
      strength: 1 + Math.floor(random() * 3),
      notes: '',
      sources: [],
      basis: 'assumed',
      fieldBasis: {},
    });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `generated-${actors}`,
    title: `Generated ${actors}`,
    description: '',
    scope: '',
    sources: [],
    facts: [],
    actors: list,
    ties,
  };
}
