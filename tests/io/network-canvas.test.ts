// A Network Canvas GraphML export of two interviews (tests/fixtures/network-canvas/espinar-unified.graphml,
// hand-written as network-exporters' createGraphML.js writes a merged export) read as informants' answers,
// and what agreement() makes of them, worked by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agreement } from '../../src/analysis/agreement';
import { readNetworkCanvasFiles, readNetworkCanvasGraphML } from '../../src/io/network-canvas';
import { tieTypeOf } from '../../src/io/network-canvas-interviews';

const FILE = 'espinar-unified.graphml';
const text = readFileSync(new URL('../fixtures/network-canvas/espinar-unified.graphml', import.meta.url), 'utf8');
const S1 = '0c9b1f52-6d4e-4a8b-9f3c-1e2d3c4b5a01';
const S2 = '0c9b1f52-6d4e-4a8b-9f3c-1e2d3c4b5a02';
const MUNI = 'municipalidad-provincial-de-espinar';
const MINE = 'compania-minera-antapaccay';
const FUDIE = 'frente-unico-de-defensa-de-los-intereses-de-espi'; // slugId keeps 48 characters
const DEFENSORIA = 'defensoria-del-pueblo';
const POLICE = 'policia-nacional-del-peru';

describe('readNetworkCanvasGraphML(text, fileName) on a merged export of two interviews', () => {
  const { mapping, actors, problems } = readNetworkCanvasGraphML(text, FILE);

  it('makes each <graph> a session with one informant, a pseudonym from its case id', () => {
    expect(mapping.sessions.map((s) => [s.id, s.date, s.question, s.informants])).toEqual([
      [S1, '2024-06-12', 'Seguridad y diálogo en Espinar', [{ id: 'ego', label: 'Informante E01' }]],
      [S2, '2024-06-13', 'Seguridad y diálogo en Espinar', [{ id: 'ego', label: 'Informante E02' }]],
    ]);
  });

  it('matches the same actor across interviews by name, accents and case aside', () => {
    expect(actors).toEqual([
      {
        id: MUNI,
        name: 'Municipalidad Provincial de Espinar',
        nodeType: 'Organización',
        spellings: ['Municipalidad Provincial de Espinar', 'MUNICIPALIDAD PROVINCIAL DE ESPINAR'],
      },
      {
        id: MINE,
        name: 'Compañía Minera Antapaccay',
        nodeType: 'Organización',
        spellings: ['Compañía Minera Antapaccay', 'Compania minera Antapaccay'],
      },
      {
        id: FUDIE,
        name: 'Frente Único de Defensa de los Intereses de Espinar',
        nodeType: 'Organización',
        spellings: ['Frente Único de Defensa de los Intereses de Espinar'],
      },
      {
        id: DEFENSORIA,
        name: 'Defensoría del Pueblo',
        nodeType: 'Organización',
        spellings: ['Defensoría del Pueblo', 'Defensoria del Pueblo'],
      },
      { id: POLICE, name: 'Policía Nacional del Perú', nodeType: 'Organización', spellings: ['Policía Nacional del Perú'] },
    ]);
  });

  it('gives every session the link types of its protocol: every edge type any interview of it drew', () => {
    const expected = [
      { id: 'financiamiento', name: 'Financiamiento', colour: '#f28e2b', tieType: 'funding' },
      { id: 'intercambio-de-informacion', name: 'Intercambio de información', colour: '#bab0ac', tieType: 'information' },
      { id: 'conflicto', name: 'Conflicto', colour: '#e15759', tieType: 'conflict' },
      { id: 'convenio-de-seguridad', name: 'Convenio de seguridad', colour: '#4e79a7', tieType: 'collaboration' },
    ];
    expect(mapping.sessions[0]!.linkTypes).toEqual(expected);
    expect(mapping.sessions[1]!.linkTypes).toEqual(expected);
  });

  it('reads nodes as actor answers, the influencia variable as towers, edges as ties between actor ids', () => {
    const of = (session: string) =>
      mapping.answers.filter((a) => a.session === session).map(({ session: _s, informant: _i, ...rest }) => rest);
    expect(of(S1)).toEqual([
      { kind: 'actor', actor: MUNI },
      { kind: 'influence', actor: MUNI, tower: 7 },
      { kind: 'actor', actor: MINE },
      { kind: 'influence', actor: MINE, tower: 8 },
      { kind: 'actor', actor: FUDIE },
      { kind: 'influence', actor: FUDIE, tower: 5 },
      { kind: 'actor', actor: DEFENSORIA },
      { kind: 'influence', actor: DEFENSORIA, tower: 4 },
      { kind: 'tie', source: MINE, target: MUNI, linkType: 'financiamiento' },
      { kind: 'tie', source: MUNI, target: FUDIE, linkType: 'intercambio-de-informacion' },
      { kind: 'tie', source: MINE, target: FUDIE, linkType: 'conflicto' },
      { kind: 'tie', source: MUNI, target: DEFENSORIA, linkType: 'intercambio-de-informacion' },
    ]);
    expect(of(S2)).toEqual([
      { kind: 'actor', actor: MINE },
      { kind: 'influence', actor: MINE, tower: 6 },
      { kind: 'actor', actor: MUNI },
      { kind: 'influence', actor: MUNI, tower: 3 },
      { kind: 'actor', actor: DEFENSORIA },
      // 12 is over the tower's 8 steps: read as 8, with a warning.
      { kind: 'influence', actor: DEFENSORIA, tower: 8 },
      // The police were given no tower.
      { kind: 'actor', actor: POLICE },
      { kind: 'tie', source: MINE, target: MUNI, linkType: 'financiamiento' },
      { kind: 'tie', source: MUNI, target: DEFENSORIA, linkType: 'intercambio-de-informacion' },
      { kind: 'tie', source: POLICE, target: MINE, linkType: 'convenio-de-seguridad' },
    ]);
  });

  it('says what it assumed: the out-of-range tower and the edge type it could not place', () => {
    expect(problems.map((p) => [p.path, p.code, p.severity])).toEqual([
      [`${FILE} graph 2 (case "E02") edge 3 (id "3")`, 'unknown-value', 'warning'],
      [`${FILE} graph 2 (case "E02") node 3 (id "3"), influencia`, 'out-of-range', 'warning'],
    ]);
    expect(problems[1]!.params).toEqual({ value: '12', field: 'influencia', bound: 'max', limit: 8 });
  });

  it('gives agreement() the shares worked by hand', () => {
    // Both sessions have all four link types (one protocol), so 2 informants were asked about each tie type.
    // Funding Antapaccay → Municipalidad: E01 and E02 → 2/2. Information Municipalidad–Defensoría: both → 2/2.
    // Information Municipalidad–FUDIE: E01 only → 1/2. Conflict Antapaccay–FUDIE: E01 only → 1/2 (E02 was
    // asked, drew none). Collaboration ("Convenio de seguridad") Policía–Antapaccay: E02 only → 1/2.
    const combined = agreement(mapping);
    expect(combined.informants).toEqual([`${S1}/ego`, `${S2}/ego`]);
    expect(Object.fromEntries(combined.ties.map((t) => [t.key, [t.reporters.length, t.asked, t.share]]))).toEqual({
      [`funding|${MINE}|${MUNI}`]: [2, 2, 1],
      [`information|${FUDIE}|${MUNI}`]: [1, 2, 0.5],
      [`conflict|${MINE}|${FUDIE}`]: [1, 2, 0.5],
      [`information|${DEFENSORIA}|${MUNI}`]: [2, 2, 1],
      [`collaboration|${MINE}|${POLICE}`]: [1, 2, 0.5],
    });
    // Towers: Municipalidad 7 and 3 → mean 5, spread √((2² + 2²)/2) = 2, range 4; Antapaccay 8 and 6 → mean 7,
    // spread 1, range 2; FUDIE 5 alone → 5, 0, 0; Defensoría 4 and 12 read as 8 → mean 6, spread 2, range 4.
    expect(Object.fromEntries(combined.influence.map((i) => [i.actor, [i.mean, i.spread, i.range]]))).toEqual({
      [MUNI]: [5, 2, 4],
      [MINE]: [7, 1, 2],
      [FUDIE]: [5, 0, 0],
      [DEFENSORIA]: [6, 2, 4],
    });
  });
});

describe('tieTypeOf(edgeType)', () => {
  it.each([
    ['Intercambio de información', 'information'],
    ['Information sharing', 'information'],
    ['Financiamiento', 'funding'],
    ['Funding', 'funding'],
    ['Conflicto', 'conflict'],
    ['Colaboración', 'collaboration'],
    ['Collaborates with', 'collaboration'],
    ['Convenio de seguridad', null],
  ])('%s → %s', (name, type) => expect(tieTypeOf(name)).toBe(type));
});

describe('readNetworkCanvasGraphML on bad input: located problems, never a throw', () => {
  const empty = { sessions: [], answers: [] };

  it.each([
    ['an end tag missing', text.replace('</edge>\n</graph>', '</graph>')],
    ['a file cut short', text.slice(0, text.indexOf('<node id="3">'))],
  ])('reports malformed XML, %s, with its line', (_case, broken) => {
    const { mapping, problems } = readNetworkCanvasGraphML(broken, 'broken.graphml');
    expect(mapping).toEqual(empty);
    expect(problems).toEqual([expect.objectContaining({ code: 'bad-format', severity: 'error' })]);
    expect(problems[0]!.path).toMatch(/^broken\.graphml line \d+$/);
  });

  it('refuses a GraphML file that is no Network Canvas export, saying to import it as a network', () => {
    const plain = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '  <key id="d0" for="node" attr.name="name" attr.type="string"/>',
      '  <graph id="G" edgedefault="undirected"><node id="a"><data key="d0">A</data></node></graph>',
      '</graphml>',
    ].join('\n');
    const { mapping, problems } = readNetworkCanvasGraphML(plain, 'networkx.graphml');
    expect(mapping).toEqual(empty);
    expect(problems).toEqual([expect.objectContaining({ path: 'networkx.graphml', code: 'invalid', severity: 'error' })]);
    expect(problems[0]!.message).toContain('not a Network Canvas export');
  });

  it('leaves out an edge to a node its interview does not have, and says where', () => {
    const dangling = text.replace('<edge id="4" source="1" target="4">', '<edge id="4" source="1" target="9">');
    const { mapping, problems } = readNetworkCanvasGraphML(dangling, FILE);
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: `${FILE} graph 1 (case "E01") edge 4 (id "4")`,
        code: 'missing-actor',
        severity: 'error',
        params: { value: '9' },
      }),
    );
    expect(mapping.answers.filter((a) => a.kind === 'tie' && a.session === S1)).toHaveLength(3);
  });

  it('does not read node ids across graphs: each interview numbers its nodes from 1', () => {
    // Interview 2 has nodes 1–4 only; an edge there to node 5 is dangling even if interview 1 had a node 5.
    const dangling = text.replace('<edge id="3" source="4" target="1">', '<edge id="3" source="5" target="1">');
    const { problems } = readNetworkCanvasGraphML(dangling, FILE);
    expect(problems).toContainEqual(
      expect.objectContaining({ path: `${FILE} graph 2 (case "E02") edge 3 (id "3")`, code: 'missing-actor' }),
    );
  });

  it('reports a tower that is no number, and reads the node without it', () => {
    const { mapping, problems } = readNetworkCanvasGraphML(text.replace('>7</data>', '>alta</data>'), FILE);
    expect(problems).toContainEqual(
      expect.objectContaining({ path: `${FILE} graph 1 (case "E01") node 1 (id "1"), influencia`, code: 'wrong-type', severity: 'error' }),
    );
    expect(mapping.answers).toContainEqual({ kind: 'actor', session: S1, informant: 'ego', actor: MUNI });
    expect(mapping.answers.filter((a) => a.kind === 'influence' && a.session === S1)).toHaveLength(3);
  });

  it('reads an interview given twice once', () => {
    const { mapping, problems } = readNetworkCanvasFiles([
      { name: 'a.graphml', text },
      { name: 'b.graphml', text },
    ]);
    expect(mapping.sessions).toHaveLength(2);
    expect(problems.filter((p) => p.code === 'duplicate-id')).toHaveLength(2);
  });
});

describe('readNetworkCanvasFiles(files) on the CSV export of the same two interviews', () => {
  // As network-exporters' attribute-list.js, edge-list.js and ego-list.js write them, named by makeFilename:
  // "Organización" and "Intercambio de información" lose their non-ASCII letters and spaces in the file names.
  const E1 = `E01_${S1}`;
  const E2 = `E02_${S2}`;
  const ego1 = '7e4d2c1b-0a9f-4e8d-b7c6-a5f4e3d2c101';
  const ego2 = '7e4d2c1b-0a9f-4e8d-b7c6-a5f4e3d2c102';
  const egoHeader =
    'networkCanvasEgoUUID,networkCanvasCaseID,networkCanvasSessionID,networkCanvasProtocolName,sessionStart,sessionFinish,sessionExported,rol';
  const nodeHeader = 'nodeID,networkCanvasEgoUUID,networkCanvasUUID,name,influencia';
  const edgeHeader = 'edgeID,from,to,networkCanvasEgoUUID,networkCanvasUUID,networkCanvasSourceUUID,networkCanvasTargetUUID';
  const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';
  const files = [
    {
      name: `${E1}_ego.csv`,
      text: csv(egoHeader, `${ego1},E01,${S1},Seguridad y diálogo en Espinar,2024-06-12T14:00:03.201Z,,,Dirigente comunal`),
    },
    {
      name: `${E1}_attributeList_Organizacin.csv`,
      text: csv(
        nodeHeader,
        `1,${ego1},a1,Municipalidad Provincial de Espinar,7`,
        `2,${ego1},a2,Compañía Minera Antapaccay,8`,
        `3,${ego1},a3,Frente Único de Defensa de los Intereses de Espinar,5`,
        `4,${ego1},a4,Defensoría del Pueblo,4`,
      ),
    },
    { name: `${E1}_edgeList_Financiamiento.csv`, text: csv(edgeHeader, `1,2,1,${ego1},e1,a2,a1`) },
    { name: `${E1}_edgeList_Intercambiodeinformacin.csv`, text: csv(edgeHeader, `2,1,3,${ego1},e2,a1,a3`, `4,1,4,${ego1},e4,a1,a4`) },
    { name: `${E1}_edgeList_Conflicto.csv`, text: csv(edgeHeader, `3,2,3,${ego1},e3,a2,a3`) },
    {
      name: `${E2}_ego.csv`,
      text: csv(egoHeader, `${ego2},E02,${S2},Seguridad y diálogo en Espinar,2024-06-13T09:30:40.118Z,,,Funcionaria municipal`),
    },
    {
      name: `${E2}_attributeList_Organizacin.csv`,
      text: csv(
        nodeHeader,
        `1,${ego2},b1,Compania minera Antapaccay,6`,
        `2,${ego2},b2,MUNICIPALIDAD PROVINCIAL DE ESPINAR,3`,
        `3,${ego2},b3,Defensoria del Pueblo,12`,
        `4,${ego2},b4,Policía Nacional del Perú,`,
      ),
    },
    { name: `${E2}_edgeList_Financiamiento.csv`, text: csv(edgeHeader, `1,1,2,${ego2},f1,b1,b2`) },
    { name: `${E2}_edgeList_Intercambiodeinformacin.csv`, text: csv(edgeHeader, `2,2,3,${ego2},f2,b2,b3`) },
    { name: `${E2}_edgeList_Conveniodeseguridad.csv`, text: csv(edgeHeader, `3,4,1,${ego2},f3,b4,b1`) },
  ];
  const fromCsv = readNetworkCanvasFiles(files);
  const fromGraphml = readNetworkCanvasGraphML(text, FILE);

  it('reads the same sessions, informants, actors and towers as the GraphML', () => {
    expect(fromCsv.mapping.sessions.map((s) => [s.id, s.date, s.informants])).toEqual(
      fromGraphml.mapping.sessions.map((s) => [s.id, s.date, s.informants]),
    );
    expect(fromCsv.actors.map((a) => [a.id, a.spellings])).toEqual(fromGraphml.actors.map((a) => [a.id, a.spellings]));
    expect(fromCsv.mapping.answers.filter((a) => a.kind !== 'tie')).toEqual(fromGraphml.mapping.answers.filter((a) => a.kind !== 'tie'));
  });

  it('gives agreement() the same ties and shares, the link types named as the file names spell them', () => {
    expect(fromCsv.mapping.sessions[0]!.linkTypes.map((l) => [l.name, l.tieType])).toEqual([
      ['Financiamiento', 'funding'],
      ['Intercambiodeinformacin', 'information'],
      ['Conflicto', 'conflict'],
      ['Conveniodeseguridad', 'collaboration'],
    ]);
    const shares = (m: typeof fromCsv) => agreement(m.mapping).ties.map((t) => [t.key, t.share]);
    expect(shares(fromCsv).sort()).toEqual(shares(fromGraphml).sort());
  });

  it('reports a file not named as Network Canvas names them, and an edge to a UUID the interview lacks', () => {
    const { problems } = readNetworkCanvasFiles([
      ...files.slice(0, 2),
      { name: 'nodes.csv', text: csv(nodeHeader) },
      { name: `${E1}_edgeList_Conflicto.csv`, text: csv(edgeHeader, `3,2,9,${ego1},e3,a2,a9`) },
    ]);
    expect(problems).toContainEqual(expect.objectContaining({ path: 'nodes.csv', code: 'bad-format', severity: 'error' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ path: `${E1}_edgeList_Conflicto.csv row 2`, code: 'missing-actor', params: { value: 'a9' } }),
    );
  });
});
