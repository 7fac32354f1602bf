import { describe, expect, it } from 'vitest';
import { NO_REDACTION, redactNetwork, WORKSHOP_REDACTION } from '../../src/model/redact';
import { parseNetwork } from '../../src/model/validate';
import lima from '../../data/lima-2010.json';
import { small } from '../analysis/fixtures';
import { writeCalendar } from '../../src/io/calendar';
import type { Network } from '../../src/model/types';
import { INCIDENT_DAY, INCIDENT_DESCRIPTION, INCIDENT_PLACE, withRecords } from '../io/records-fixture';

const limaNet = parseNetwork(lima).network!;

describe('redaction', () => {
  // s (State), c (community, with a contact and notes), b (company, assumed); ties s–c distrust −1, s–b trust +1, c–b not assessed.
  const network = small(['s:state', 'c:community', 'b:company'], ['s-c', 's-b', 'c-b'], {
    c: { name: 'Comunidad de Fuerabamba', contacts: [{ name: 'Juana Quispe', role: 'presidenta' }], notes: 'Juana Quispe denunció…' },
    b: { basis: 'assumed', influence: 4 },
    t0: { trust: -1, notes: 'Desconfían tras el desalojo' },
    t1: { trust: 1 },
  });

  it('changes nothing with no profile', () => {
    expect(redactNetwork(network, NO_REDACTION)).toBe(network);
  });

  it('hides trust: no trust values and no distrust ties', () => {
    const r = redactNetwork(network, { ...NO_REDACTION, trust: true });
    expect(r.ties.map((t) => [t.id, t.trust])).toEqual([
      ['t1', null],
      ['t2', null],
    ]);
  });

  it('anonymises a sector: new names and ids, nothing of the original left anywhere in the file', () => {
    const r = redactNetwork(network, { ...NO_REDACTION, anonymise: ['community'] });
    const c = r.actors.find((a) => a.sector === 'community')!;
    expect(c.id).toBe('anon-community-a');
    expect(c.name).toEqual({ es: 'Comunidad A', en: 'Community A' });
    expect(r.ties.map((t) => [t.source, t.target])).toEqual([
      ['s', 'anon-community-a'],
      ['s', 'b'],
      ['anon-community-a', 'b'],
    ]);
    const text = JSON.stringify(r);
    for (const hidden of ['Fuerabamba', 'Juana', 'Quispe', 'desalojo', '"c"']) expect(text).not.toContain(hidden);
  });

  it('carries informants’ answers over to the anonymised ids, drops those about hidden actors and the names entered beside roles', () => {
    const mapping = {
      sessions: [
        {
          id: 'ses',
          question: '¿Quién influye?',
          linkTypes: [{ id: 'info', name: 'información', colour: '#1f77b4', tieType: 'information' as const }],
          goals: [],
          informants: [{ id: 'mesa', label: 'Mesa: dirigente', name: 'Juana Quispe' }],
          board: { c: { x: 0.2, y: 0.3 }, s: { x: 0.5, y: 0.5 } },
        },
      ],
      answers: [
        { kind: 'actor' as const, session: 'ses', informant: 'mesa', actor: 'c' },
        { kind: 'tie' as const, session: 'ses', informant: 'mesa', source: 'c', target: 's', linkType: 'info' },
        { kind: 'influence' as const, session: 'ses', informant: 'mesa', actor: 's', tower: 5 },
      ],
    };
    const r = redactNetwork({ ...network, mapping }, { ...NO_REDACTION, anonymise: ['community'], hide: ['s'] });
    // c becomes anon-community-a; s is hidden, so the tie to it and its tower go.
    expect(r.mapping!.answers).toEqual([{ kind: 'actor', session: 'ses', informant: 'mesa', actor: 'anon-community-a' }]);
    expect(r.mapping!.sessions[0]!.informants).toEqual([{ id: 'mesa', label: 'Mesa: dirigente' }]);
    expect(r.mapping!.sessions[0]!.board).toEqual({ 'anon-community-a': { x: 0.2, y: 0.3 } });
    const text = JSON.stringify(r);
    for (const hidden of ['Juana', '"c"', '"s"']) expect(text).not.toContain(hidden);
  });

  it('hides assumed records and actors asked for, with their ties; marks the title', () => {
    const r = redactNetwork(network, { ...NO_REDACTION, assumed: true, hide: ['s'] });
    expect(r.actors.map((a) => a.id)).toEqual(['c']);
    expect(r.ties).toEqual([]);
    expect(r.title).toBe('small (redactado / redacted)');
  });

  it('takes the records along: hidden actors leave them, anonymised ones change id, their free text and quotes go', () => {
    const source = { doc: 'acta.pdf', locator: 'p. 2', quote: 'Juana Quispe pidió la reunión' };
    const withRecords = {
      ...network,
      engagements: [
        {
          id: 'e1',
          kind: 'meeting' as const,
          date: '2024-03',
          topic: 'Agua',
          region: null,
          place: 'Casa de Juana',
          participants: [
            { actor: 's', role: 'convened' as const },
            { actor: 'c', role: 'attended' as const },
            { actor: 'b', role: 'attended' as const },
          ],
          outcome: 'Juana Quispe aceptó',
          sources: [source],
          basis: 'documented' as const,
        },
      ],
      commitments: [
        {
          id: 'k1',
          what: 'Informe',
          by: ['b'],
          to: ['c'],
          engagement: 'e1',
          status: 'pending' as const,
          history: [],
          evidence: 'Carta de Juana',
          sources: [source],
          basis: 'assumed' as const,
        },
      ],
    };
    const r = redactNetwork(withRecords, { ...NO_REDACTION, anonymise: ['community'], hide: ['s'] });
    // s is hidden: it leaves the meeting; c is "anon-community-a"; b stays.
    expect(r.engagements![0]!.participants).toEqual([
      { actor: 'anon-community-a', role: 'attended' },
      { actor: 'b', role: 'attended' },
    ]);
    // The meeting named a hidden actor, so it takes a new id (its own could name them), and the commitment follows it.
    expect(r.commitments![0]!).toMatchObject({ by: ['b'], to: ['anon-community-a'], engagement: 'redacted-engagement-1', evidence: '' });
    expect(JSON.stringify(r)).not.toContain('Juana');
    // Assumed records leave with the assumed actors and ties; the incidents the network did not have stay absent.
    const withoutAssumed = redactNetwork(withRecords, { ...NO_REDACTION, assumed: true });
    expect(withoutAssumed.commitments).toEqual([]);
    expect(withoutAssumed.engagements![0]!.participants.map((p) => p.actor)).toEqual(['s', 'c']);
    expect('incidents' in withoutAssumed).toBe(false);
  });

  it('the workshop profile on Lima 2010 leaves no contact, note, quote or community name', () => {
    const r = redactNetwork(limaNet, WORKSHOP_REDACTION);
    const text = JSON.stringify(r);
    const communities = limaNet.actors.filter((a) => a.sector === 'community');
    expect(communities.length).toBe(3);
    for (const a of communities) {
      expect(text).not.toContain(a.id);
      expect(text).not.toContain(typeof a.name === 'string' ? a.name : a.name.es);
    }
    expect(r.actors.every((a) => a.contacts.length === 0 && a.notes === '')).toBe(true);
    expect(text).not.toContain('"quote"');
    expect(r.actors).toHaveLength(limaNet.actors.length);
    // The file still reads as a network.
    expect(parseNetwork(r).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('redaction of engagement records', () => {
  const records = withRecords();
  const incidentText = (network: Network) => JSON.stringify(network.incidents);

  it('shows incidents as they are when the profile says so', () => {
    const r = redactNetwork(records, { ...NO_REDACTION, contacts: true });
    expect(r.incidents).toEqual(records.incidents);
  });

  it('hides every incident', () => {
    const r = redactNetwork(records, { ...NO_REDACTION, incidents: 'hide' });
    expect(r.incidents).toEqual([]);
    expect(JSON.stringify(r)).not.toContain('Huancuire');
  });

  it('generalises an incident: its month, its region, no place, no description, a new id', () => {
    const r = redactNetwork(records, { ...NO_REDACTION, incidents: 'generalise' });
    expect(r.incidents).toEqual([
      {
        id: 'incident-1',
        kind: 'road_block',
        date: '2017-10',
        region: 'PE-APU',
        place: '',
        involved: [
          { actor: 'pnp', role: 'responder' },
          { actor: 'mmg', role: 'other' },
        ],
        severity: 2,
        description: '',
        sources: [{ doc: 'defensoria-reporte-164.pdf', locator: { es: 'redactado', en: 'redacted' } }],
        basis: 'documented',
      },
    ]);
    // Engagements and commitments are not incidents: they stay as they were.
    expect(r.engagements).toEqual(records.engagements);
    expect(r.commitments).toEqual(records.commitments);
  });

  it('drops the actors a profile hides from every record, and the words that could name them', () => {
    const r = redactNetwork(records, { ...NO_REDACTION, hide: ['mmg', 'pnp'] });
    // The workshop had PNP and MMG: it keeps Socios Perú and Glencore, says only its kind, loses its place and outcome.
    expect(r.engagements![0]).toEqual({
      ...records.engagements![0],
      id: 'redacted-engagement-1',
      topic: { es: 'Taller', en: 'Workshop' },
      place: '',
      participants: [
        { actor: 'socios-peru', role: 'convened' },
        { actor: 'glencore', role: 'attended' },
      ],
      outcome: '',
      sources: [{ doc: 'informe-macro-sur-2018.pdf', locator: { es: 'redactado', en: 'redacted' } }],
    });
    // The meeting named neither: only its (empty) outcome and quotes are cleared.
    expect(r.engagements![1]).toEqual(records.engagements![1]);
    // PNP promised: the promise is hidden, the link to the workshop follows its new id.
    expect(r.commitments![0]).toMatchObject({
      id: 'redacted-commitment-1',
      what: { es: 'Compromiso (texto oculto)', en: 'Commitment (text hidden)' },
      by: [],
      to: ['socios-peru', 'glencore'],
      engagement: 'redacted-engagement-1',
      evidence: '',
    });
    expect(r.incidents![0]!.involved).toEqual([]);
    expect(parseNetwork(r).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('anonymises actors in records under their new ids', () => {
    const network = {
      ...records,
      actors: [
        ...records.actors,
        {
          ...records.actors[0]!,
          id: 'huancuire',
          name: 'Comunidad Campesina de Huancuire',
          sector: 'community' as const,
          shortName: undefined,
          aliases: [],
        },
      ],
      incidents: [{ ...records.incidents![0]!, involved: [{ actor: 'huancuire', role: 'affected_community' as const }] }],
    };
    const r = redactNetwork(network, { ...NO_REDACTION, anonymise: ['community'] });
    expect(r.incidents![0]!.involved).toEqual([{ actor: 'anon-community-a', role: 'affected_community' }]);
    expect(r.incidents![0]!.place).toBe('');
    expect(JSON.stringify(r)).not.toContain('uancuire');
  });

  it('leaves out records resting on an assumption when the profile hides assumed values', () => {
    const r = redactNetwork(records, { ...NO_REDACTION, assumed: true });
    expect(r.commitments).toEqual([]);
    expect(r.engagements).toHaveLength(2);
  });

  it('the workshop profile: a JSON export and the calendar hold none of the incident’s details', () => {
    const r = redactNetwork(records, WORKSHOP_REDACTION);
    const files = [JSON.stringify(r, null, 2), writeCalendar(r, 'es'), writeCalendar(r, 'en')];
    for (const bytes of files.map((f) => new TextEncoder().encode(f))) {
      const text = new TextDecoder().decode(bytes);
      for (const hidden of [
        INCIDENT_PLACE,
        'Huancuire',
        INCIDENT_DESCRIPTION,
        'heridos',
        INCIDENT_DAY,
        '20171014',
        '14/10/2017',
        'caso Huancuire',
      ])
        expect(text).not.toContain(hidden);
    }
    // What is left says when (the month) and where (the region), and nothing of outcomes or evidence.
    expect(incidentText(r)).toContain('"date":"2017-10"');
    expect(incidentText(r)).toContain('"region":"PE-APU"');
    expect(files[0]).not.toContain('hoja de ruta');
    expect(files[0]).not.toContain('Oficio');
    expect(files[0]).not.toContain('"quote"');
  });
});
