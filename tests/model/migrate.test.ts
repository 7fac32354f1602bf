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
    const old = { schemaVersion: 0, id: 'o', title: 'Old', nodes: [{ id: 'a', name: 'A', sector: 'state', basis: 'documented' }], ties: [] };
    const { network, problems } = parseNetwork(old, [rename]);
    expect(network?.schemaVersion).toBe(1);
    expect(network?.actors.map((a) => a.id)).toEqual(['a']);
    expect(problems).toEqual([expect.objectContaining({ path: 'schemaVersion', severity: 'warning', message: 'was 0; read as version 1 ("nodes" renamed "actors")' })]);
    // The file the user gave is not changed.
    expect(old).toHaveProperty('nodes');
  });

  it('leaves current, newer and unversioned files to validation', () => {
    for (const file of [{ schemaVersion: 1 }, { schemaVersion: 9 }, {}]) expect(migrateNetwork(file, 1, [rename]).value).toBe(file);
  });
});
