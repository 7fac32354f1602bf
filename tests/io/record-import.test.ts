import { describe, expect, it } from 'vitest';
import macroSur from '../../data/macro-sur-2017.json';
import { actorNames, splitNames } from '../../src/io/actor-names';
import { readCsv } from '../../src/io/csv-read';
import { readDate } from '../../src/io/date-cells';
import { proposeRecordMapping, recordKindOf } from '../../src/io/record-columns';
import { importCommitments, importEngagements } from '../../src/io/record-import';
import { readTablesHere } from '../../src/io/read-here';
import { writeXlsx } from '../../src/io/xlsx';
import type { Commitment } from '../../src/model/types';
import { parseNetwork } from '../../src/model/validate';

const network = parseNetwork(macroSur).network!;

function engagementsFrom(csv: string, target = network) {
  const { table, problems } = readCsv(csv, 'reuniones.csv');
  const result = importEngagements(table!, target);
  return { ...result, problems: [...problems, ...result.problems] };
}

describe('readDate(text)', () => {
  it.each([
    ['2017-03-15', '2017-03-15'],
    ['15/03/2017', '2017-03-15'],
    // Day first, as Peru writes it: the 3rd of April, not the 4th of March.
    ['03/04/2017', '2017-04-03'],
    ['3-4-2017', '2017-04-03'],
    ['15.03.2017', '2017-03-15'],
    ['2017/3/5', '2017-03-05'],
    ['2017-03', '2017-03'],
    ['03/2017', '2017-03'],
    ['2017', '2017'],
    ['marzo de 2017', '2017-03'],
    ['15 de setiembre de 2017', '2017-09-15'],
    ['March 2017', '2017-03'],
    ['2017-03-15T00:00:00.000Z', '2017-03-15'],
  ])('reads %s as %s', (text, expected) => expect(readDate(text)).toBe(expected));

  it.each(['31/02/2017', '2017-13', '15/13/2017', 'pronto', '', '17', 'marzo'])('does not read %j', (text) =>
    expect(readDate(text)).toBeNull(),
  );
});

describe('finding actors by what a cell names', () => {
  const names = actorNames(network.actors);

  it('finds by id, name, short name or alias, ignoring case and accents', () => {
    expect(names.find('pnp')).toBe('pnp');
    expect(names.find('policia nacional del peru')).toBe('pnp');
    expect(names.find('PRODUCE')).toBe('produce');
    expect(names.find('Cancilleria')).toBe('mre');
    expect(names.find('ICRC')).toBe('icrc');
    expect(names.find('Guamán Poma')).toBe('centro-guaman-poma');
    expect(names.find('Nadie')).toBeNull();
  });

  it('suggests the nearest actor for a misspelt name', () => {
    expect(names.nearest('Centro Guaman Pomma')).toBe('Centro Guamán Poma');
  });

  it('splits on ";", line breaks and "|", and on "," only when the whole cell is not one name', () => {
    expect(splitNames('PNP; Glencore ;MMG', names)).toEqual(['PNP', 'Glencore', 'MMG']);
    expect(splitNames('PNP\nGlencore', names)).toEqual(['PNP', 'Glencore']);
    expect(splitNames('PNP | Glencore', names)).toEqual(['PNP', 'Glencore']);
    expect(splitNames('PNP, Glencore', names)).toEqual(['PNP', 'Glencore']);
    const withComma = actorNames([...network.actors, { id: 'minem', name: 'Ministerio de Energía y Minas, MINEM', aliases: [] }]);
    expect(splitNames('Ministerio de Energía y Minas, MINEM', withComma)).toEqual(['Ministerio de Energía y Minas, MINEM']);
  });
});

describe('importEngagements(table, scenario)', () => {
  it('proposes columns from Spanish and English headers, accents and case ignored', () => {
    const m = proposeRecordMapping('engagements', [
      'Fecha',
      'HASTA',
      'Tipo',
      'Tema',
      'Región',
      'Lugar',
      'Participantes',
      'Convocantes',
      'Invitados',
      'Resultado',
      'Fuente',
      'Ubicación',
      'Base',
    ]);
    expect(m).toMatchObject({
      date: 0,
      until: 1,
      kind: 2,
      topic: 3,
      region: 4,
      place: 5,
      participants: 6,
      convened: 7,
      invited: 8,
      outcome: 9,
      sourceDoc: 10,
      sourceLocator: 11,
      basis: 12,
    });
    expect(recordKindOf(['date', 'kind', 'participants'])).toBe('engagements');
    expect(recordKindOf(['compromiso', 'plazo', 'quién se comprometió'])).toBe('commitments');
    expect(recordKindOf(['nombre', 'sector'])).toBeNull();
  });

  it('reads a Spanish row: kind and region in words, a Peruvian date, participants with their roles', () => {
    const { records, problems } = engagementsFrom(
      'fecha;hasta;tipo;tema;región;lugar;participantes;convocantes;invitados;resultado;fuente;ubicación\n' +
        '15/03/2017;17/03/2017;Taller;Principios Voluntarios en la región;Cusco;Wanchaq;"Glencore; PNP";PRODUCE;MMG;Hoja de ruta;informe-2018.pdf;p. 12\n',
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        id: '2017-03-15-principios-voluntarios-en-la-region',
        kind: 'workshop',
        date: '2017-03-15',
        until: '2017-03-17',
        topic: 'Principios Voluntarios en la región',
        region: 'PE-CUS',
        place: 'Wanchaq',
        participants: [
          { actor: 'produce', role: 'convened' },
          { actor: 'glencore', role: 'attended' },
          { actor: 'pnp', role: 'attended' },
          { actor: 'mmg', role: 'invited' },
        ],
        outcome: 'Hoja de ruta',
        sources: [{ doc: 'informe-2018.pdf', locator: 'p. 12' }],
        basis: 'documented',
      },
    ]);
  });

  it('reads English headers and values; with no source the record is assumed', () => {
    const { records } = engagementsFrom('date,kind,topic,region,participants\n2017-09,Meeting,Core group,PE-CUS,"Socios Peru; DCAF"\n');
    expect(records[0]).toMatchObject({
      date: '2017-09',
      kind: 'meeting',
      region: 'PE-CUS',
      basis: 'assumed',
      participants: [
        { actor: 'socios-peru', role: 'attended' },
        { actor: 'dcaf', role: 'attended' },
      ],
    });
  });

  it('reads a source given without a place in it as the whole document', () => {
    const { records, problems } = engagementsFrom('fecha;tipo;tema;fuente\n2017;Reunión;A;acta-1.pdf\n');
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({
      sources: [{ doc: 'acta-1.pdf', locator: { es: 'todo el documento', en: 'the whole document' } }],
      basis: 'documented',
    });
  });

  it('keeps an engagement without an unknown participant, at its file, row and column, with the nearest actor', () => {
    const { records, problems } = engagementsFrom(
      'fecha;tipo;tema;participantes\n2017;reunión;Grupo impulsor;"PNP; Centro Guaman Pomma"\n',
    );
    expect(records[0]!.participants).toEqual([{ actor: 'pnp', role: 'attended' }]);
    expect(problems).toEqual([
      {
        path: 'reuniones.csv row 2, column "participantes"',
        code: 'missing-actor',
        severity: 'warning',
        message:
          '"Centro Guaman Pomma" is not an actor of this network (did you mean "Centro Guamán Poma"?); the engagement was kept without it',
        messageEs: '«Centro Guaman Pomma» no es un actor de esta red (¿quiso decir «Centro Guamán Poma»?); la reunión se conservó sin él',
        params: { field: 'participants', value: 'Centro Guaman Pomma', suggestion: 'Centro Guamán Poma' },
      },
    ]);
  });

  it('leaves out a row without a readable date or kind, saying where and why', () => {
    const { records, problems } = engagementsFrom('fecha;tipo;tema\n31/02/2017;Reunión;A\n2017;Almuerzo;B\n;Taller;C\n2017-05;Reunión;D\n');
    expect(records.map((r) => r.topic)).toEqual(['D']);
    expect(problems.map((p) => [p.path, p.severity, p.code])).toEqual([
      ['reuniones.csv row 2, column "fecha"', 'error', 'bad-format'],
      ['reuniones.csv row 3, column "tipo"', 'error', 'unknown-value'],
      ['reuniones.csv row 4, column "fecha"', 'error', 'missing'],
    ]);
    expect(problems[1]!.messageEs).toContain('«Almuerzo» no es un tipo de reunión');
  });

  it('says once what a short form was read as, and in how many more rows', () => {
    const { records, problems } = engagementsFrom('fecha;tipo;tema\n2017;Reunión de coordinación;A\n2018;Reunión de coordinación;B\n');
    expect(records.map((r) => r.kind)).toEqual(['meeting', 'meeting']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.messageEs).toBe('«Reunión de coordinación» se leyó como «Reunión» (y en 1 fila más)');
  });

  it('adds nothing twice: a row already in the scenario (same date, kind and topic) is left out', () => {
    const first = engagementsFrom('fecha;tipo;tema\n2017-03-15;Reunión;Grupo impulsor\n');
    const again = engagementsFrom('fecha;tipo;tema\n2017-03-15;Reunión;Grupo impulsor\n2017-04-15;Reunión;Grupo impulsor\n', {
      ...network,
      engagements: first.records,
    });
    expect(again.records.map((r) => [r.id, r.date])).toEqual([['2017-04-15-grupo-impulsor', '2017-04-15']]);
    expect(again.problems[0]).toMatchObject({ path: 'reuniones.csv row 2', code: 'duplicate-id', severity: 'error' });
  });

  it('keeps meetings alike in date, kind and topic that differ in region, place or participants (no id)', () => {
    // Rows 2–5 share 2017-02, Taller and the topic. Row 3 differs from row 2 in region, row 4 in place, row 5 in
    // who took part; row 6 is row 2 again with the topic's case and accents changed, so it is row 2's meeting.
    const { records, problems } = engagementsFrom(
      'fecha;tipo;tema;región;lugar;participantes\n' +
        '2017-02;Taller;Hallazgos iniciales;Cusco;Wanchaq;PNP\n' +
        '2017-02;Taller;Hallazgos iniciales;Puno;Wanchaq;PNP\n' +
        '2017-02;Taller;Hallazgos iniciales;Cusco;Sicuani;PNP\n' +
        '2017-02;Taller;Hallazgos iniciales;Cusco;Wanchaq;"PNP; MMG"\n' +
        '2017-02;Taller;HALLAZGOS INICIALES;Cusco;wanchaq;Policía Nacional del Perú\n',
    );
    expect(records.map((r) => [r.region, r.place, r.participants.length])).toEqual([
      ['PE-CUS', 'Wanchaq', 1],
      ['PE-PUN', 'Wanchaq', 1],
      ['PE-CUS', 'Sicuani', 1],
      ['PE-CUS', 'Wanchaq', 2],
    ]);
    // The ids made from the words are told apart by a number: the second is "-2", and so on.
    expect(records.map((r) => r.id)).toEqual([
      '2017-02-hallazgos-iniciales',
      '2017-02-hallazgos-iniciales-2',
      '2017-02-hallazgos-iniciales-3',
      '2017-02-hallazgos-iniciales-4',
    ]);
    expect(problems).toEqual([
      {
        path: 'reuniones.csv row 6',
        code: 'duplicate-id',
        severity: 'error',
        message: 'row 2 already has this engagement (2017-02, "HALLAZGOS INICIALES"); left out',
        messageEs: 'la fila 2 ya tiene esta reunión (2017-02, «HALLAZGOS INICIALES»); se dejó fuera',
      },
    ]);
  });

  it('lets an id decide: a different id is a different engagement, the same id (as kept: "T-1" is "t-1") the same', () => {
    // Rows 2 and 3 are alike in every cell but the id: two engagements. Row 4 gives "t-1", the id row 2's "T-1" is
    // kept as: left out, though its topic differs. The scenario already has "t-2" (row 3's): importing again adds none.
    const csv = 'id;fecha;tipo;tema\nT-1;2017-02;Taller;Hallazgos\nT-2;2017-02;Taller;Hallazgos\nt-1;2017-03;Reunión;Otra cosa\n';
    const first = engagementsFrom(csv);
    expect(first.records.map((r) => [r.id, r.date])).toEqual([
      ['t-1', '2017-02'],
      ['t-2', '2017-02'],
    ]);
    expect(first.problems).toEqual([
      {
        path: 'reuniones.csv row 4, column "id"',
        code: 'duplicate-id',
        severity: 'error',
        message: 'row 2 already has an engagement with the id "t-1"; left out',
        messageEs: 'la fila 2 ya tiene una reunión con el id «t-1»; se dejó fuera',
        params: { field: 'id', value: 't-1' },
      },
    ]);
    const again = engagementsFrom(csv, { ...network, engagements: first.records });
    expect(again.records).toEqual([]);
    expect(again.problems.map((p) => [p.path, p.messageEs])).toEqual([
      ['reuniones.csv row 2, column "id"', 'el escenario ya tiene una reunión con el id «T-1»; se dejó fuera'],
      ['reuniones.csv row 3, column "id"', 'el escenario ya tiene una reunión con el id «T-2»; se dejó fuera'],
      ['reuniones.csv row 4, column "id"', 'el escenario ya tiene una reunión con el id «t-1»; se dejó fuera'],
    ]);
  });

  it('reads a place in both languages', () => {
    const { records } = engagementsFrom('fecha;tipo;lugar;lugar en inglés\n2017;Reunión;Región minera;Mining region\n');
    expect(records[0]!.place).toEqual({ es: 'Región minera', en: 'Mining region' });
  });

  it('says which column a file lacks, and imports nothing', () => {
    const { records, problems } = engagementsFrom('tema;participantes\nA;PNP\n');
    expect(records).toEqual([]);
    expect(problems.map((p) => p.messageEs)).toEqual(['no tiene columna para «fecha»', 'no tiene columna para «tipo»']);
  });

  it('never throws on odd cells', () => {
    const odd = ['', ';;;', '\u0000', '=1+1', '"', 'ñ'.repeat(500), '2017-02-30', 'PE-XXX', '__proto__'];
    const rows = odd.map((x) => [x, x, x, x, x, x, x].join(';')).join('\n');
    expect(() => engagementsFrom(`fecha;tipo;tema;región;participantes;convocantes;id\n${rows}\n`)).not.toThrow();
  });

  it('imports 500 rows of a Spanish CSV in well under a second, every one of them', () => {
    const kinds = ['Reunión', 'Taller', 'Llamada', 'Visita', 'Capacitación'];
    const regions = ['Cusco', 'Apurímac', 'PE-ARE', 'Puno'];
    const who = ['PNP', 'Glencore', 'Socios Perú', 'PRODUCE', 'Centro Guamán Poma', 'DCAF', 'MMG'];
    const lines = ['fecha;tipo;tema;región;lugar;participantes;convocantes;resultado'];
    for (let i = 0; i < 500; i++) {
      const day = `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${2017 + (i % 3)}`;
      lines.push(
        `${day};${kinds[i % 5]};Sesión ${i + 1} del grupo;${regions[i % 4]};Local ${i};"${who[i % 7]}; ${who[(i + 3) % 7]}";Socios Perú;Acta ${i + 1}`,
      );
    }
    const started = performance.now();
    const { records, problems } = engagementsFrom(lines.join('\n'));
    const elapsed = performance.now() - started;
    expect(problems).toEqual([]);
    expect(records).toHaveLength(500);
    expect(new Set(records.map((r) => r.id)).size).toBe(500);
    // Row 1 (i = 0): 01/01/2017, Reunión, Cusco; PNP and Socios Perú (who[3 % 7] = PRODUCE, i.e. who[3]).
    expect(records[0]).toMatchObject({ date: '2017-01-01', kind: 'meeting', region: 'PE-CUS' });
    expect(records[0]!.participants).toEqual([
      { actor: 'socios-peru', role: 'convened' },
      { actor: 'pnp', role: 'attended' },
      { actor: 'produce', role: 'attended' },
    ]);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('importCommitments(table, scenario)', () => {
  it('reads who promised what to whom, at which engagement, by when, and how it stands', () => {
    const engagements = engagementsFrom('id;fecha;tipo;tema\ntaller-1;2017-03-15;Taller;Taller de Cusco\n').records;
    const { table } = readCsv(
      'compromiso;quién se comprometió;ante quién;reunión;plazo;estado;historial\n' +
        'Enviar el informe;Socios Perú;"PNP; Glencore";Taller de Cusco;03/2017;En curso;"2017-03-15 = Pendiente; 2017-03-20 = En curso"\n' +
        'Otra cosa;Nadie;;taller-9;mañana;Quizá;\n',
      'compromisos.csv',
    );
    const { records, problems } = importCommitments(table!, network, { engagements });
    expect(records[0]).toEqual({
      id: 'enviar-el-informe',
      what: 'Enviar el informe',
      by: ['socios-peru'],
      to: ['pnp', 'glencore'],
      engagement: 'taller-1',
      due: '2017-03',
      status: 'in_progress',
      history: [
        { date: '2017-03-15', status: 'pending' },
        { date: '2017-03-20', status: 'in_progress' },
      ],
      evidence: '',
      sources: [],
      basis: 'assumed',
    });
    expect(records[1]).toMatchObject({ by: [], status: 'pending' });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['compromisos.csv row 3, column "reunión"', 'missing-actor'],
      ['compromisos.csv row 3, column "estado"', 'unknown-value'],
      ['compromisos.csv row 3, column "plazo"', 'bad-format'],
      ['compromisos.csv row 3, column "quién se comprometió"', 'missing-actor'],
    ]);
  });
});

describe('importing the same commitments twice', () => {
  const commitmentsFrom = (csv: string, commitments: Commitment[] = []) =>
    importCommitments(readCsv(csv, 'compromisos.csv').table!, { ...network, commitments });

  it('adds none the second time when the file gives ids, written as people write them ("C-01")', () => {
    const csv = 'id;compromiso;quién se comprometió;plazo\nC-01;Enviar el informe;Socios Perú;2017-12\nC-02;Revisar protocolos;PNP;2018\n';
    const first = commitmentsFrom(csv);
    // "C-01" is kept as "c-01" (ids are lower-case slugs).
    expect(first.records.map((c) => c.id)).toEqual(['c-01', 'c-02']);
    const again = commitmentsFrom(csv, first.records);
    expect(again.records).toEqual([]);
    expect(again.problems).toEqual([
      {
        path: 'compromisos.csv row 2, column "id"',
        code: 'duplicate-id',
        severity: 'error',
        message: 'the scenario already has a commitment with the id "C-01"; left out',
        messageEs: 'el escenario ya tiene un compromiso con el id «C-01»; se dejó fuera',
        params: { field: 'id', value: 'C-01' },
      },
      {
        path: 'compromisos.csv row 3, column "id"',
        code: 'duplicate-id',
        severity: 'error',
        message: 'the scenario already has a commitment with the id "C-02"; left out',
        messageEs: 'el escenario ya tiene un compromiso con el id «C-02»; se dejó fuera',
        params: { field: 'id', value: 'C-02' },
      },
    ]);
  });

  it('without ids, takes the same commitment, due date and actors who made it for the same commitment', () => {
    const csv =
      'compromiso;quién se comprometió;plazo\n' +
      'Enviar el informe;Socios Perú;2017-12\n' +
      // Another due date, or another actor who made it: another commitment.
      'Enviar el informe;Socios Perú;2018-01\n' +
      'Enviar el informe;PNP;2017-12\n' +
      // Row 2 again, the actor by short name and the words in other case: the same commitment.
      'ENVIAR EL INFORME;Socios Peru;2017-12\n';
    const first = commitmentsFrom(csv);
    expect(first.records.map((c) => [c.id, c.due, c.by])).toEqual([
      ['enviar-el-informe', '2017-12', ['socios-peru']],
      ['enviar-el-informe-2', '2018-01', ['socios-peru']],
      ['enviar-el-informe-3', '2017-12', ['pnp']],
    ]);
    expect(first.problems).toEqual([
      {
        path: 'compromisos.csv row 5',
        code: 'duplicate-id',
        severity: 'error',
        message: 'row 2 already has this commitment ("ENVIAR EL INFORME", due 2017-12); left out',
        messageEs: 'la fila 2 ya tiene este compromiso («ENVIAR EL INFORME», con plazo 2017-12); se dejó fuera',
      },
    ]);
    const again = commitmentsFrom(csv, first.records);
    expect(again.records).toEqual([]);
    expect(again.problems.map((p) => [p.path, p.messageEs])).toEqual([
      ['compromisos.csv row 2', 'el escenario ya tiene este compromiso («Enviar el informe», con plazo 2017-12); se dejó fuera'],
      ['compromisos.csv row 3', 'el escenario ya tiene este compromiso («Enviar el informe», con plazo 2018-01); se dejó fuera'],
      ['compromisos.csv row 4', 'el escenario ya tiene este compromiso («Enviar el informe», con plazo 2017-12); se dejó fuera'],
      ['compromisos.csv row 5', 'el escenario ya tiene este compromiso («ENVIAR EL INFORME», con plazo 2017-12); se dejó fuera'],
    ]);
    expect(again.problems[0]!.message).toBe('the scenario already has this commitment ("Enviar el informe", due 2017-12); left out');
  });
});

describe('an Excel workbook of engagements', () => {
  it('reads like the CSV', async () => {
    const workbook = await writeXlsx([
      {
        name: 'reuniones',
        table: {
          fileName: 'x',
          headers: ['Fecha', 'Tipo', 'Tema', 'Participantes'],
          rows: [['15/03/2017', 'Mesa redonda', 'Mesa de Lima', 'Suiza\nCICR']],
        },
      },
    ]);
    const { tables, problems } = await readTablesHere('reuniones.xlsx', workbook);
    expect(problems).toEqual([]);
    const result = importEngagements(tables[0]!, network);
    expect(result.problems).toEqual([]);
    expect(result.records[0]).toMatchObject({
      date: '2017-03-15',
      kind: 'round_table',
      participants: [
        { actor: 'switzerland-government', role: 'attended' },
        { actor: 'icrc', role: 'attended' },
      ],
    });
  });
});
