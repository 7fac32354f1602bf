import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, lastDayOf, writeCalendar } from '../../src/io/calendar';
import { withRecords } from './records-fixture';

const NOW = new Date('2025-03-01T14:05:09Z');
const network = withRecords();

/** The content lines, unfolded (RFC 5545 §3.1: a CRLF followed by one space or tab is removed). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('escapeText(text)', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
});

describe('foldLine(line)', () => {
  it('leaves a line of 75 octets whole and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts octets, not characters, and never cuts a UTF-8 character', () => {
    // "ñ" is two octets: 37 of them (74 octets) fit on the first line; the 38th would make 76.
    const folded = foldLine('ñ'.repeat(40));
    const [first, second] = folded.split('\r\n');
    expect(new TextEncoder().encode(first).length).toBe(74);
    expect(second).toBe(` ${'ñ'.repeat(3)}`);
    // Continuation lines hold 74 octets after their space: 150 "x" → 75 + 74 + 1.
    expect(
      foldLine('x'.repeat(150))
        .split('\r\n')
        .map((l) => l.length),
    ).toEqual([75, 75, 2]);
  });
});

describe('lastDayOf(date)', () => {
  it.each([
    ['2018-02', '2018-02-28'],
    ['2020-02', '2020-02-29'],
    ['2017-11', '2017-11-30'],
    ['2017', '2017-12-31'],
    ['2017-09-12', '2017-09-12'],
  ])('%s → %s', (date, day) => expect(lastDayOf(date)).toBe(day));
});

describe('writeCalendar(network, locale)', () => {
  const ics = writeCalendar(network, 'es', NOW);
  const lines = unfold(ics);

  it('is a VCALENDAR in Lima’s time zone, with CRLF line ends and no line over 75 octets', () => {
    expect(lines.slice(0, 16)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Puentes//Puentes//ES',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Red regional Macro Sur (Cusco)\\, 2017',
      'X-WR-TIMEZONE:America/Lima',
      'BEGIN:VTIMEZONE',
      'TZID:America/Lima',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0500',
      'TZNAME:-05',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('writes the three-day workshop as an all-day event ending the day after its last day', () => {
    const start = lines.indexOf('UID:macro-sur-2017/engagement/taller-cusco-2017@puentes');
    const event = lines.slice(start - 1, lines.indexOf('END:VEVENT', start) + 1);
    expect(event).toEqual([
      'BEGIN:VEVENT',
      'UID:macro-sur-2017/engagement/taller-cusco-2017@puentes',
      'DTSTAMP:20250301T140509Z',
      'DTSTART;VALUE=DATE:20170912',
      'DTEND;VALUE=DATE:20170915',
      'SUMMARY:Taller: Taller regional\\, Cusco',
      'DESCRIPTION:Convocaron: Socios Perú\\nParticiparon: PNP\\, Glencore\\nInvitados que no asistieron: MMG\\nResultado: Acordaron una hoja de ruta\\; la PNP revisará sus protocolos\\nFuentes: informe-macro-sur-2018.pdf\\, p. 12',
      'LOCATION:Wanchaq\\, Cusco',
      'CATEGORIES:Taller',
      'STATUS:CONFIRMED',
      'END:VEVENT',
    ]);
  });

  it('spreads a meeting known only by its month over that month, and says so', () => {
    const start = lines.indexOf('UID:macro-sur-2017/engagement/grupo-impulsor-2017-11@puentes');
    const event = lines.slice(start, lines.indexOf('END:VEVENT', start));
    expect(event).toContain('DTSTART;VALUE=DATE:20171101');
    expect(event).toContain('DTEND;VALUE=DATE:20171201');
    expect(event).toContain('SUMMARY:Reunión: Grupo Impulsor (noviembre de 2017)');
    expect(event.find((l) => l.startsWith('DESCRIPTION:'))).toContain(
      'La fuente da solo el mes (noviembre de 2017): el evento ocupa el mes entero.',
    );
  });

  it('puts a commitment due in a month on its last day, and one due on a day on that day', () => {
    const dueInMonth = lines.indexOf('UID:macro-sur-2017/commitment/informe-regional@puentes');
    const event = lines.slice(dueInMonth, lines.indexOf('END:VEVENT', dueInMonth));
    // February 2018 has 28 days: due on the 28th, ending (exclusive) on 1 March.
    expect(event).toContain('DTSTART;VALUE=DATE:20180228');
    expect(event).toContain('DTEND;VALUE=DATE:20180301');
    expect(event).toContain('SUMMARY:Plazo: Enviar el informe regional (Pendiente)');
    expect(event).toContain('TRANSP:TRANSPARENT');
    expect(event.find((l) => l.startsWith('DESCRIPTION:'))).toContain(
      'El plazo es febrero de 2018\\, sin día: se muestra el último día del mes.',
    );
    const dueOnDay = lines.indexOf('UID:macro-sur-2017/commitment/protocolos-pnp@puentes');
    expect(lines.slice(dueOnDay, dueOnDay + 4)).toContain('DTSTART;VALUE=DATE:20171215');
  });

  it('never writes incidents', () => {
    expect(ics).not.toContain('Huancuire');
    expect(ics).not.toContain('20171014');
  });

  it('gives the same UIDs each time it is written', () => {
    const again = unfold(writeCalendar(network, 'en', new Date('2026-01-01T00:00:00Z')));
    expect(again.filter((l) => l.startsWith('UID:'))).toEqual(lines.filter((l) => l.startsWith('UID:')));
    expect(again.filter((l) => l.startsWith('UID:'))).toHaveLength(4);
  });
});
