import { freshViewSnapshot } from '../../src/state/view.svelte';
import { parseNetwork } from '../../src/model/validate';
import type { ScenarioRecord } from '../../src/store/records';
import macroSur from '../../data/macro-sur-2017.json';

export function scenario(id: string, updatedAt: number, overrides: Partial<ScenarioRecord> = {}): ScenarioRecord {
  return {
    id,
    name: `Scenario ${id}`,
    notes: '',
    createdAt: 1,
    updatedAt,
    revision: 1,
    origin: { kind: 'sample', sampleId: 'macro-sur-2017' },
    network: parseNetwork(macroSur).network!,
    view: { ...freshViewSnapshot(), positions: { pnp: { x: 1, y: 2 } } },
    ...overrides,
  };
}
