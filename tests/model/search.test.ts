import { describe, expect, it } from 'vitest';
import { normalise, searchActors } from '../../src/model/search';
import { parseNetwork } from '../../src/model/validate';
import macroSur from '../../data/macro-sur-2017.json';
import lima from '../../data/lima-2010.json';

const msActors = parseNetwork(macroSur).network!.actors;
const limaActors = parseNetwork(lima).network!.actors;

describe('normalise(text)', () => {
  it('drops case, accents and punctuation', () => {
    expect(normalise('Centro  Guamán-Poma')).toBe('centro guaman poma');
    expect(normalise('Perú 2021')).toBe('peru 2021');
    expect(normalise('ÁÉÍÓÚÑ')).toBe('aeioun');
  });
});

describe('searchActors(actors, query)', () => {
  it('finds an accented name from an accent-free query', () => {
    expect(searchActors(msActors, 'guaman poma')[0]?.actor.id).toBe('centro-guaman-poma');
  });

  it('finds by short name and by alias', () => {
    expect(searchActors(limaActors, 'snmpe')[0]?.actor.id).toBe('snmpe');
    expect(searchActors(limaActors, 'defensoria del pueblo')[0]?.actor.id).toBe('defensoria');
  });

  it('ranks an exact short name before names that merely contain the query', () => {
    // "pnp" is the PNP's short name exactly; nothing else contains it.
    const hits = searchActors(limaActors, 'PUCP');
    expect(hits[0]?.actor.id).toBe('pucp');
    expect(hits.map((h) => h.actor.id)).toEqual(expect.arrayContaining(['pucp-law', 'idehpucp']));
  });

  it('needs every word of the query', () => {
    expect(searchActors(limaActors, 'ministry justice').map((h) => h.actor.id)).toEqual(['ministry-of-justice']);
    expect(searchActors(limaActors, '   ')).toEqual([]);
  });
});
