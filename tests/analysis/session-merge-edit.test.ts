// Network Canvas interviews (tests/fixtures/network-canvas/espinar-unified.graphml: two interviews, E01 and E02)
// merged into the Macro Sur sample as one undoable edit. Every expected value below is worked by hand from the
// fixture and data/macro-sur-2017.json; the working is in the comments.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { confirmMatch, NO_DECISIONS, rejectMatch } from '../../src/analysis/compare/match';
import { mergeSessions } from '../../src/analysis/merge-sessions';
import { sessionMergeEdit } from '../../src/analysis/session-merge-edit';
import { readNetworkCanvasGraphML } from '../../src/io/network-canvas';
import { interviewsNetwork } from '../../src/io/network-canvas-scenario';
import { applyEdit } from '../../src/model/edits';
import { parseNetwork } from '../../src/model/validate';
import macroSur from '../../data/macro-sur-2017.json';

const text = readFileSync(new URL('../fixtures/network-canvas/espinar-unified.graphml', import.meta.url), 'utf8');
const S1 = '0c9b1f52-6d4e-4a8b-9f3c-1e2d3c4b5a01';
const S2 = '0c9b1f52-6d4e-4a8b-9f3c-1e2d3c4b5a02';
const MUNI = 'municipalidad-provincial-de-espinar';
const MINE = 'compania-minera-antapaccay';
const FUDIE = 'frente-unico-de-defensa-de-los-intereses-de-espi';
const DEFENSORIA = 'defensoria-del-pueblo';
const target = parseNetwork(macroSur).network!;
const incoming = (graphml: string) => interviewsNetwork(readNetworkCanvasGraphML(graphml, 'espinar.graphml'), 'espinar.graphml');

describe('interviewsNetwork(imported, title)', () => {
  it('makes each actor named a documented actor of assumed sector, without sources yet, and keeps the mapping', () => {
    const read = readNetworkCanvasGraphML(text, 'espinar.graphml');
    const network = interviewsNetwork(read, 'espinar.graphml');
    expect(network.actors.map((a) => [a.id, a.name, a.sector, a.basis, a.fieldBasis, a.sources, a.extra])).toEqual(
      read.actors.map((a) => [
        a.id,
        a.name,
        'civil_society',
        'documented',
        { sector: 'assumed' },
        [],
        { networkCanvasType: 'Organización' },
      ]),
    );
    expect(network.ties).toEqual([]);
    expect(network.mapping).toBe(read.mapping);
  });
});

describe('sessionMergeEdit(target, mergeSessions(target, interviews)) into the Macro Sur sample', () => {
  const merge = mergeSessions(target, incoming(text));

  it('matches the police by name and adds the four others, asking nothing', () => {
    // "Policía Nacional del Perú" is the name of Macro Sur's pnp: a name match (0.95), taken. The other four share
    // no half of their words with any Macro Sur name (e.g. {defensoria, pueblo} meets none): added under their slugs.
    expect(merge.suggested).toEqual([]);
    expect(merge.added).toEqual([MUNI, MINE, FUDIE, DEFENSORIA]);
  });

  it('inserts the new actors after the 16 of the sample, each with the sessions that named it as its sources', () => {
    const after = applyEdit(target, sessionMergeEdit(target, merge)).network;
    expect(after.actors).toHaveLength(16 + 4);
    expect(after.actors.slice(0, 16)).toEqual(target.actors);
    const docs = (id: string) => after.actors.find((a) => a.id === id)!.sources.map((s) => s.doc);
    // E01 named the municipality, the mine, the Frente and the Defensoría; E02 all of them but the Frente
    // (its nodes: the mine, the municipality, the Defensoría, the police).
    expect(docs(MUNI)).toEqual([`session:${S1}`, `session:${S2}`]);
    expect(docs(MINE)).toEqual([`session:${S1}`, `session:${S2}`]);
    expect(docs(FUDIE)).toEqual([`session:${S1}`]);
    expect(docs(DEFENSORIA)).toEqual([`session:${S1}`, `session:${S2}`]);
    // The source says what the session was: its question (the protocol's name) and when.
    expect(after.actors.find((a) => a.id === FUDIE)!.sources[0]).toEqual({
      doc: `session:${S1}`,
      title: 'Seguridad y diálogo en Espinar',
      locator: { es: 'Sesión de mapeo, 2024-06-12', en: 'Mapping session, 2024-06-12' },
    });
    // The scenario's police gains no source: what the informants said of it is in the answers.
    expect(after.actors.find((a) => a.id === 'pnp')).toEqual(target.actors.find((a) => a.id === 'pnp'));
  });

  it("sets the mapping: both sessions, and the answers on the police renamed to the scenario's pnp", () => {
    const after = applyEdit(target, sessionMergeEdit(target, merge)).network;
    expect(after.mapping!.sessions.map((s) => s.id)).toEqual([S1, S2]);
    // The police is named only in E02: its actor answer (no tower: its node has no influencia) and the
    // "Convenio de seguridad" edge from it to the mine.
    expect(after.mapping!.answers.filter((a) => JSON.stringify(a).includes('"pnp"'))).toEqual([
      { kind: 'actor', session: S2, informant: 'ego', actor: 'pnp' },
      { kind: 'tie', session: S2, informant: 'ego', source: 'pnp', target: MINE, linkType: 'convenio-de-seguridad' },
    ]);
  });

  it('is undone exactly by its inverse', () => {
    const applied = applyEdit(target, sessionMergeEdit(target, merge));
    expect(applyEdit(applied.network, applied.inverse).network).toEqual(target);
  });

  it('is the mapping alone when every actor matched (nothing to insert)', () => {
    // Merging the same interviews into the merged scenario again: every actor now matches by name.
    const once = applyEdit(target, sessionMergeEdit(target, merge)).network;
    const again = mergeSessions(once, incoming(text));
    expect(again.added).toEqual([]);
    expect(sessionMergeEdit(once, again).kind).toBe('updateMeta');
  });

  it('gives the sources of a session renamed on its way in (the scenario had one of the same id)', () => {
    const withS1 = { ...target, mapping: { sessions: [{ ...merge.network.mapping!.sessions[0]!, informants: [] }], answers: [] } };
    const after = applyEdit(withS1, sessionMergeEdit(withS1, mergeSessions(withS1, incoming(text)))).network;
    // S1 is taken, so E01 comes in as `${S1}-2` (merge-sessions.ts), and the Frente, named only in E01, says so.
    expect(after.mapping!.sessions.map((s) => s.id)).toEqual([S1, `${S1}-2`, S2]);
    expect(after.actors.find((a) => a.id === FUDIE)!.sources.map((s) => s.doc)).toEqual([`session:${S1}-2`]);
  });
});

describe('a doubtful match, answered', () => {
  // The mine spelled "Glencore Antapaccay" in both interviews: its words {glencore, antapaccay} share one of two
  // with Macro Sur's "Glencore" {glencore}: Jaccard 1 / (2 + 1 − 1) = 0.5, score 0.5 × 0.8 = 0.4 < 0.85: asked.
  const variant = text.replace(/Compa[ñn][íi]a [Mm]inera Antapaccay/g, 'Glencore Antapaccay');
  const MINE2 = 'glencore-antapaccay';

  it('is asked about, and added as a new actor meanwhile', () => {
    const merge = mergeSessions(target, incoming(variant));
    expect(merge.suggested.map((m) => [m.a, m.b, m.by, m.score])).toEqual([['glencore', MINE2, 'similar', 0.4]]);
    expect(merge.added).toEqual([MUNI, MINE2, FUDIE, DEFENSORIA]);
  });

  it('"yes": the answers on the mine go to Glencore, and only three actors are added', () => {
    const merge = mergeSessions(target, incoming(variant), confirmMatch(NO_DECISIONS, 'glencore', MINE2));
    const after = applyEdit(target, sessionMergeEdit(target, merge)).network;
    expect(after.actors.map((a) => a.id).slice(16)).toEqual([MUNI, FUDIE, DEFENSORIA]);
    // E01 names the mine (actor), gives it a tower of 8, and draws two edges from it (funding to the
    // municipality, conflict with the Frente); E02 names it, a tower of 6, funding to the municipality, and the
    // police's "Convenio de seguridad" to it: 4 + 4 answers.
    const onGlencore = after.mapping!.answers.filter((a) => JSON.stringify(a).includes('"glencore"'));
    expect(onGlencore).toHaveLength(8);
    expect(onGlencore.filter((a) => a.kind === 'influence').map((a) => (a.kind === 'influence' ? a.tower : null))).toEqual([8, 6]);
    expect(after.actors.find((a) => a.id === 'glencore')).toEqual(target.actors.find((a) => a.id === 'glencore'));
  });

  it('"no": the mine stays a new actor of its own', () => {
    const merge = mergeSessions(target, incoming(variant), rejectMatch(NO_DECISIONS, 'glencore', MINE2));
    expect(merge.suggested).toEqual([]);
    expect(merge.added).toEqual([MUNI, MINE2, FUDIE, DEFENSORIA]);
  });
});
