import { describe, expect, it } from 'vitest';
import { parseNetwork, parseNetworkJson } from '../../src/model/validate';
import { checkRecord } from '../../src/model/validate-records';
import lima from '../../data/lima-2010.json';
import type { Network } from '../../src/model/types';

/** A smallest valid file, to break one thing at a time. */
function file(overrides: Record<string, unknown> = {}) {
  return {
    schemaVersion: 3,
    id: 'test',
    title: 'Test network',
    actors: [
      { id: 'a', name: 'Actor A', sector: 'state', basis: 'inferred' },
      { id: 'b', name: 'Actor B', sector: 'company', basis: 'inferred' },
    ],
    // A file that replaces the actors gets no ties unless it gives its own.
    ties: 'actors' in overrides ? [] : [{ id: 't1', source: 'a', target: 'b', type: 'dialogue', basis: 'inferred' }],
    ...overrides,
  };
}

const actor = (fields: Record<string, unknown>) => ({ id: 'x', name: 'X', sector: 'state', basis: 'inferred', ...fields });

describe('parseNetwork', () => {
  it('reads a minimal file and fills the defaults: scores not assessed, direction from the tie type', () => {
    const { network, problems } = parseNetwork(file());
    expect(problems).toEqual([]);
    expect(network?.actors[0]).toMatchObject({ influence: null, aliases: [], capacities: { technical: null } });
    expect(network?.ties[0]).toMatchObject({ directed: false, trust: null, strength: null });
  });

  it('makes funding ties directed unless the file says otherwise', () => {
    const { network } = parseNetwork(file({ ties: [{ id: 't', source: 'a', target: 'b', type: 'funding', basis: 'inferred' }] }));
    expect(network?.ties[0]?.directed).toBe(true);
  });

  // Table of broken files: [what is wrong, the file, the expected located problems].
  const corpus: [string, unknown, { path: string; code: string; message?: RegExp }[]][] = [
    [
      'an unknown sector, with a suggestion',
      file({ actors: [actor({ sector: 'goverment' })] }),
      [{ path: 'actors[0].sector', code: 'unknown-value', message: /"goverment" is not a known sector/ }],
    ],
    [
      'a near miss of a sector',
      file({ actors: [actor({ sector: 'civil society' })] }),
      [{ path: 'actors[0].sector', code: 'unknown-value', message: /did you mean "civil_society"/ }],
    ],
    [
      'influence out of range',
      file({ actors: [actor({ influence: 7 })] }),
      [{ path: 'actors[0].influence', code: 'out-of-range', message: /^7 must be between 1 and 5$/ }],
    ],
    [
      'a fractional trust',
      file({ ties: [{ id: 't', source: 'a', target: 'b', type: 'dialogue', trust: 1.5, basis: 'inferred' }] }),
      [{ path: 'ties[0].trust', code: 'out-of-range' }],
    ],
    [
      'a number where a name belongs',
      file({ actors: [actor({ name: 42 })] }),
      [{ path: 'actors[0].name', code: 'wrong-type', message: /must be text/ }],
    ],
    [
      'a missing name and basis',
      file({ actors: [{ id: 'x', sector: 'state' }] }),
      [
        { path: 'actors[0].name', code: 'missing' },
        { path: 'actors[0].basis', code: 'missing' },
      ],
    ],
    [
      'a duplicate actor id',
      file({ actors: [actor({ id: 'a' }), actor({ id: 'a', name: 'Again' })], ties: [] }),
      [{ path: 'actors[1].id', code: 'duplicate-id', message: /already used by actors\[0\]/ }],
    ],
    [
      'a tie to a missing actor',
      file({ ties: [{ id: 't', source: 'a', target: 'nobody', type: 'dialogue', basis: 'inferred' }] }),
      [{ path: 'ties[0].target', code: 'missing-actor', message: /"nobody" is not an actor/ }],
    ],
    [
      'a self-loop',
      file({ ties: [{ id: 't', source: 'a', target: 'a', type: 'dialogue', basis: 'inferred' }] }),
      [{ path: 'ties[0]', code: 'self-loop' }],
    ],
    [
      'an unknown tie type',
      file({ ties: [{ id: 't', source: 'a', target: 'b', type: 'friendship', basis: 'inferred' }] }),
      [{ path: 'ties[0].type', code: 'unknown-value', message: /not a known tie type/ }],
    ],
    [
      'a region that is not ISO 3166-2',
      file({ actors: [actor({ region: 'Cusco' })] }),
      [{ path: 'actors[0].region', code: 'bad-format', message: /ISO 3166-2/ }],
    ],
    [
      'a missing schemaVersion',
      (() => {
        const f: Record<string, unknown> = file();
        delete f.schemaVersion;
        return f;
      })(),
      [{ path: 'schemaVersion', code: 'missing' }],
    ],
    [
      'a future schemaVersion',
      file({ schemaVersion: 99 }),
      [{ path: 'schemaVersion', code: 'unsupported-version', message: /99 is not a supported schemaVersion/ }],
    ],
    ['actors that are not a list', file({ actors: 'none', ties: [] }), [{ path: 'actors', code: 'wrong-type' }]],
    ['a file that is a list', [1, 2], [{ path: '(file)', code: 'wrong-type' }]],
    ['null', null, [{ path: '(file)', code: 'wrong-type' }]],
  ];

  it.each(corpus)('reports %s with its location', (_what, input, expected) => {
    const { problems } = parseNetwork(input);
    expect(problems.map(({ path, code }) => ({ path, code }))).toEqual(expected.map(({ path, code }) => ({ path, code })));
    expected.forEach((e, i) => {
      if (e.message) expect(problems[i]?.message).toMatch(e.message);
    });
  });

  it('keeps the valid records of a file with bad ones', () => {
    const input = file({
      actors: [actor({ id: 'a' }), actor({ id: 'b', sector: 'goverment' }), actor({ id: 'c' })],
      ties: [
        { id: 't1', source: 'a', target: 'c', type: 'dialogue', basis: 'inferred' },
        { id: 't2', source: 'a', target: 'b', type: 'dialogue', basis: 'inferred' },
      ],
    });
    const { network, problems } = parseNetwork(input);
    expect(network?.actors.map((a) => a.id)).toEqual(['a', 'c']);
    // t2 points at the actor that was left out, so it is reported too.
    expect(network?.ties.map((t) => t.id)).toEqual(['t1']);
    expect(problems.map((p) => p.path)).toEqual(['actors[1].sector', 'ties[1].target']);
    expect(problems[1]?.message).toBe('"b" is actors[1], which was left out for its own problems');
  });

  it('returns no network when the file as a whole is unusable, but still reports its rows', () => {
    const input = file({ schemaVersion: 4, actors: [actor({ influence: 9 })] });
    const { network, problems } = parseNetwork(input);
    expect(network).toBeNull();
    expect(problems.map((p) => p.path)).toEqual(['schemaVersion', 'actors[0].influence']);
  });

  it('warns about a "documented" record without a source, and keeps it', () => {
    const { network, problems } = parseNetwork(file({ actors: [actor({ id: 'a', basis: 'documented' })], ties: [] }));
    expect(network?.actors).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ path: 'actors[0].basis', code: 'unsourced', severity: 'warning' })]);
  });

  it('never copies keys it does not know, __proto__ included', () => {
    const input = JSON.parse(
      '{"schemaVersion":1,"id":"p","title":"T","__proto__":{"polluted":true},"actors":[{"id":"a","name":"A","sector":"state","basis":"assumed","__proto__":{"polluted":true}}],"ties":[]}',
    );
    const { network } = parseNetwork(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(network?.actors[0] ?? {})).not.toContain('__proto__');
  });
});

describe('parseNetworkJson', () => {
  it('turns a syntax error into a located problem instead of throwing', () => {
    const { network, problems } = parseNetworkJson('{"schemaVersion": 1,', 'broken.json');
    expect(network).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ path: 'broken.json', code: 'not-json' })]);
  });
});

describe('checkRecord', () => {
  const network = { ...lima, engagements: [], commitments: [] } as unknown as Network;
  const parsed = parseNetwork(lima).network!;
  const meeting = {
    id: 'm',
    kind: 'meeting',
    date: '2025-03-14',
    topic: 'Seguimiento',
    participants: [
      { actor: 'sase', role: 'attended' },
      { actor: 'nadie', role: 'attended' },
      { actor: 'sase', role: 'convened' },
    ],
    basis: 'assumed',
  };

  it('locates an actor who is not in the network and one named twice', () => {
    const { record, problems } = checkRecord('engagements', meeting, parsed);
    expect(record).toBeNull();
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['participants[1].actor', 'missing-actor'],
      ['participants[2].actor', 'invalid'],
    ]);
  });

  it('refuses a range that ends before it starts, and a taken id', () => {
    const withMeeting = { ...parsed, engagements: [{ ...meeting, participants: [] }] } as unknown as Network;
    const input = { ...meeting, participants: [], until: '2025-03' };
    // 2025-03 ends on 2025-03-31, after 2025-03-14: fine. 2025-02 ends before it starts.
    expect(checkRecord('engagements', { ...input, id: 'n' }, withMeeting).problems).toEqual([]);
    expect(checkRecord('engagements', { ...input, id: 'n', until: '2025-02' }, withMeeting).problems.map((p) => p.path)).toEqual(['until']);
    expect(checkRecord('engagements', input, withMeeting).problems.map((p) => p.code)).toEqual(['duplicate-id']);
    expect(checkRecord('engagements', input, withMeeting, 'm').problems).toEqual([]);
  });

  it('says a commitment made at an engagement that is not there, and a missing promise, beside their fields', () => {
    const { problems } = checkRecord(
      'commitments',
      { id: 'c', what: 'Informe', by: ['sase'], engagement: 'otra', basis: 'assumed' },
      parsed,
    );
    expect(problems.map((p) => [p.path, p.messageEs])).toEqual([['engagement', '"otra" no es una reunión de esta red']]);
    expect(checkRecord('commitments', { id: 'c', what: ' ', basis: 'assumed' }, network).problems.map((p) => p.path)).toEqual(['what']);
  });
});
