// The calendar file (io/calendar.ts) read by a parser that shares no code with the app: Python's icalendar package
// (Debian's python3-icalendar), run for real with /usr/bin/python3, as a calendar application would read it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCalendar } from '../../src/io/calendar';
import { NO_REDACTION, WORKSHOP_REDACTION, redactNetwork } from '../../src/model/redact';
import { withRecords } from '../io/records-fixture';

const python = '/usr/bin/python3';
const probe = spawnSync(python, ['-c', 'import icalendar'], { encoding: 'utf8' });
const havePython = probe.status === 0;
if (!havePython)
  console.warn(
    `\n*** SKIPPED: reading the calendar file in Python needs ${python} with icalendar ` +
      `(apt-get install -y python3-icalendar): ${probe.error?.message ?? probe.stderr.trim()}\n`,
  );

interface Read {
  timezone: string;
  zones: { tzid: string; offsets: number[] }[];
  events: {
    uid: string;
    allDay: boolean;
    start: string;
    end: string;
    stamp: string;
    summary: string;
    description: string;
    location: string;
  }[];
}

describe.skipIf(!havePython)('the calendar file in Python’s icalendar', () => {
  const folder = mkdtempSync(join(tmpdir(), 'puentes-calendar-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const script = new URL('./read_calendar.py', import.meta.url).pathname;
  const read = (ics: string): Read => {
    const path = join(folder, 'reuniones.ics');
    writeFileSync(path, ics);
    const run = spawnSync(python, [script, path], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout) as Read;
  };

  it('reads Lima’s time zone (UTC−5 in January and in July: no daylight saving) and every event on its days', () => {
    const found = read(writeCalendar(withRecords(), 'es', new Date('2025-03-01T14:05:09Z')));
    expect(found.timezone).toBe('America/Lima');
    expect(found.zones).toEqual([{ tzid: 'America/Lima', offsets: [-5, -5] }]);
    expect(found.events.map((e) => [e.uid, e.allDay, e.start, e.end])).toEqual([
      // The workshop of 12–14 September 2017: the end is exclusive.
      ['macro-sur-2017/engagement/taller-cusco-2017@puentes', true, '2017-09-12', '2017-09-15'],
      // A meeting known only by its month spans November 2017.
      ['macro-sur-2017/engagement/grupo-impulsor-2017-11@puentes', true, '2017-11-01', '2017-12-01'],
      ['macro-sur-2017/commitment/protocolos-pnp@puentes', true, '2017-12-15', '2017-12-16'],
      // Due in February 2018: its last day, the 28th.
      ['macro-sur-2017/commitment/informe-regional@puentes', true, '2018-02-28', '2018-03-01'],
    ]);
    expect(found.events[0]!.stamp).toBe('2025-03-01T14:05:09+00:00');
    // Escaped text reads back as it was written.
    expect(found.events[0]!.summary).toBe('Taller: Taller regional, Cusco');
    expect(found.events[0]!.location).toBe('Wanchaq, Cusco');
    expect(found.events[0]!.description.split('\n')).toEqual([
      'Convocaron: Socios Perú',
      'Participaron: PNP, Glencore',
      'Invitados que no asistieron: MMG',
      'Resultado: Acordaron una hoja de ruta; la PNP revisará sus protocolos',
      'Fuentes: informe-macro-sur-2018.pdf, p. 12',
    ]);
  });

  it('a redacted calendar reads the same days without the actors and text the profile hides', () => {
    const redacted = redactNetwork(withRecords(), { ...WORKSHOP_REDACTION, hide: ['mmg'] });
    const found = read(writeCalendar(redacted, 'es'));
    expect(found.events).toHaveLength(4);
    expect(found.events[0]!.description).not.toContain('MMG');
    expect(found.events[0]!.description).not.toContain('hoja de ruta');
    expect(read(writeCalendar(redactNetwork(withRecords(), NO_REDACTION), 'es')).events[0]!.description).toContain('MMG');
  });
});
