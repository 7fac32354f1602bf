import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NETWORK_MIGRATIONS, migrateNetwork, type NetworkMigration } from '../../src/model/migrate';
import { parseNetwork } from '../../src/model/validate';
import { SCHEMA_VERSION } from '../../src/model/schema';

// A made-up older format, to check the mechanism: version 0 called actors "nodes".
const rename: NetworkMigration = {
  from: 0,
  describe: '"nodes" renamed "actors"',
  migrate: ({ nodes, ...rest }) => ({ ...rest, actors: nodes }),
};

describe('migrateNetwork', () => {
  it('has a step from every released version below the current one, in order (bumping the version needs a step)', () => {
    expect(NETWORK_MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it('brings an older file up to date in memory and says so', () => {
    const old = {
      schemaVersion: 0,
      id: 'o',
      title: 'Old',
      nodes: [{ id: 'a', name: 'A', sector: 'state', basis: 'documented' }],
      ties: [],
    };
    const { network, problems } = parseNetwork(old, [rename, ...NETWORK_MIGRATIONS]);
    expect(network?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(network?.actors.map((a) => a.id)).toEqual(['a']);
    expect(problems[0]).toEqual(
      expect.objectContaining({
        path: 'schemaVersion',
        severity: 'warning',
        message: 'was 0; read as version 1 ("nodes" renamed "actors")',
      }),
    );
    // The file the user gave is not changed.
    expect(old).toHaveProperty('nodes');
  });

  it('opens the version-1 Lima file (as main had it before schema 2) with nothing lost', () => {
    const v1 = JSON.parse(readFileSync(new URL('../fixtures/lima-2010.v1.json', import.meta.url), 'utf8'));
    const { network, problems } = parseNetwork(v1);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(network?.schemaVersion).toBe(3);
    expect(network?.actors).toHaveLength(v1.actors.length);
    expect(network?.ties).toHaveLength(v1.ties.length);
    // Every field of every record is as the file had it (the v1 capacities gain only the new, empty impartiality).
    v1.actors.forEach((actor: Record<string, unknown>, i: number) => expect(network!.actors[i]).toMatchObject(actor));
    v1.ties.forEach((tie: Record<string, unknown>, i: number) => expect(network!.ties[i]).toMatchObject(tie));
    expect(network!.actors.every((a) => a.capacities.impartiality === null)).toBe(true);
  });

  it('writes out the version-1 default strength of 1 for a tie that gave none', () => {
    const v1 = {
      schemaVersion: 1,
      id: 'o',
      title: 'Old',
      actors: [
        { id: 'a', name: 'A', sector: 'state', basis: 'assumed' },
        { id: 'b', name: 'B', sector: 'company', basis: 'assumed' },
      ],
      ties: [{ id: 't', source: 'a', target: 'b', type: 'dialogue', basis: 'assumed' }],
    };
    expect(parseNetwork(v1).network?.ties[0]?.strength).toBe(1);
    // In version 2 the same tie is "not assessed".
    expect(parseNetwork({ ...v1, schemaVersion: 2 }).network?.ties[0]?.strength).toBeNull();
  });

  it('leaves current, newer and unversioned files to validation', () => {
    for (const file of [{ schemaVersion: 1 }, { schemaVersion: 9 }, {}]) expect(migrateNetwork(file, 1, [rename]).value).toBe(file);
  });
});
