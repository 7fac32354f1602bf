import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNetwork } from '../../src/model/validate';
import { BASES } from '../../src/model/vocabularies';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';
import regions from '../../data/peru-regions.json';

const SEEDS = ['000_b5b1e35cb58c978d.txt', '001_a27e96a924adcccd.txt'];
const samples = { 'lima-2010': lima, 'macro-sur-2017': macroSur };

describe.each(Object.entries(samples))('data/%s.json', (_name, file) => {
  const { network, problems } = parseNetwork(file);

  it('validates with zero problems and keeps every record', () => {
    expect(problems).toEqual([]);
    expect(network?.actors).toHaveLength(file.actors.length);
    expect(network?.ties).toHaveLength(file.ties.length);
  });

  it('gives every actor and tie a source in a seed and a basis', () => {
    for (const record of [...file.actors, ...file.ties]) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      for (const source of record.sources) {
        expect(SEEDS, `${record.id}: ${source.doc}`).toContain(source.doc);
        expect(source.locator.length, record.id).toBeGreaterThan(0);
      }
      expect(BASES, record.id).toContain(record.basis);
    }
  });

  it('marks every influence value with its basis, since the seeds rate no influence', () => {
    for (const actor of network?.actors ?? []) {
      if (actor.influence !== null) expect(actor.fieldBasis.influence, actor.id).toBe('assumed');
    }
  });
});

describe('the sample data as a whole', () => {
  it('holds no e-mail address and no phone number anywhere in data/', () => {
    for (const name of ['lima-2010.json', 'macro-sur-2017.json', 'peru-regions.json']) {
      const text = readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
      expect(text, name).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z.]{2,}/);
      // Phone numbers: "+51 1 234 5678", "(01) 234-5678", or seven digits in a row. Dates (2010-02-25) do not match.
      expect(text, name).not.toMatch(/\(?\+?\d{1,4}\)?[\s-]\d{3}[\s-]\d{3,4}\b|\b\d{7,}\b/);
    }
  });

  it('keeps every institution of Annex 3, both rows numbered 4 included, and of Annex 4', () => {
    const locators = lima.actors.flatMap((a) => a.sources.map((s) => s.locator));
    // Annex 3 numbers 1–37 with "4" twice: 38 rows, one actor each.
    const annex3 = new Set(locators.filter((l) => l.startsWith('Annex 3')));
    expect(annex3.size).toBe(38);
    expect(annex3).toContain('Annex 3 (Interviewees), row 4 (second row numbered 4)');
    // Annex 4 has 20 participant rows; every row is covered by some actor.
    const covered = new Set<number>();
    for (const l of locators.filter((x) => x.startsWith('Annex 4'))) {
      const rows = l.replace(/^.*rows? /, '');
      const [from, to] = rows.split('–').map(Number);
      for (let r = from ?? 0; r <= (to ?? from ?? 0); r++) covered.add(r);
    }
    expect([...covered].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('gives actors present in both networks one id', () => {
    const limaIds = new Set(lima.actors.map((a) => a.id));
    const shared = macroSur.actors.map((a) => a.id).filter((id) => limaIds.has(id));
    expect(shared.sort()).toEqual(['pnp', 'socios-peru']);
  });

  it('records the 2017 event counts as network facts', () => {
    const facts = Object.fromEntries(macroSur.facts.map((f) => [f.id, f.value]));
    expect(facts).toMatchObject({ 'stakeholders-interviewed': 72, 'event-participants': 115, 'police-participants': 83 });
  });

  it('lists the 26 ISO 3166-2:PE regions, four of them Macro Sur, on distinct tiles', () => {
    expect(regions.regions).toHaveLength(26);
    expect(new Set(regions.regions.map((r) => r.code)).size).toBe(26);
    expect(regions.regions.filter((r) => r.macroSur).map((r) => r.code).sort()).toEqual(['PE-APU', 'PE-ARE', 'PE-CUS', 'PE-PUN']);
    expect(new Set(regions.regions.map((r) => `${r.tile.col},${r.tile.row}`)).size).toBe(26);
    const codes = new Set(regions.regions.map((r) => r.code));
    for (const indicator of regions.indicators) {
      expect(indicator.sources.length).toBeGreaterThan(0);
      for (const code of Object.keys(indicator.values)) expect(codes, indicator.id).toContain(code);
    }
  });

  it('places every Peruvian actor in a region the regions file knows', () => {
    const codes = new Set(regions.regions.map((r) => r.code));
    for (const actor of [...lima.actors, ...macroSur.actors]) {
      if (actor.country === 'PE' && actor.region) expect(codes, actor.id).toContain(actor.region);
    }
  });
});
