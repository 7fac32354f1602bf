import { describe, expect, it } from 'vitest';
import { en } from '../../src/text/en';
import { es } from '../../src/text/es';
import { message, pluralForm, say, translate } from '../../src/text/translate';

describe('pluralForm(text, locale, count)', () => {
  // Spanish and English share the CLDR cardinal rule "one: i = 1 and v = 0", every other number is "other":
  // so 0 → other, 1 → one, 2 → other in both, and 1.5 (v ≠ 0) → other.
  const text = { one: 'ONE', other: 'OTHER' };
  it.each([
    ['es', 0, 'OTHER'],
    ['es', 1, 'ONE'],
    ['es', 2, 'OTHER'],
    ['en', 0, 'OTHER'],
    ['en', 1, 'ONE'],
    ['en', 2, 'OTHER'],
    ['en', 1.5, 'OTHER'],
  ] as const)('%s %d → %s', (locale, count, form) => expect(pluralForm(text, locale, count)).toBe(form));

  it('falls back to other for a category the text leaves out', () => {
    // Spanish has a third category, "many", for round millions ("un millón de actores"); the catalogues
    // give only one and other, so a million actors reads "1,000,000 actores".
    expect(pluralForm(text, 'es', 1_000_000)).toBe('OTHER');
    expect(pluralForm({ other: 'OTHER' }, 'es', 1)).toBe('OTHER');
  });
});

describe('translate(locale, key, {count}) with a plural message', () => {
  it('says "1 problema" but "0 problemas" and "2 problemas"', () => {
    expect(translate('es', 'form.problems', { count: 0 })).toBe('0 problemas por corregir antes de guardar.');
    expect(translate('es', 'form.problems', { count: 1 })).toBe('1 problema por corregir antes de guardar.');
    expect(translate('es', 'form.problems', { count: 2 })).toBe('2 problemas por corregir antes de guardar.');
    expect(translate('en', 'form.problems', { count: 0 })).toBe('0 problems to fix before saving.');
    expect(translate('en', 'form.problems', { count: 1 })).toBe('1 problem to fix before saving.');
    expect(translate('en', 'form.problems', { count: 2 })).toBe('2 problems to fix before saving.');
  });

  it('agrees the adjective too: "Filtros (1 activo)", "Filtros (3 activos)"', () => {
    expect(translate('es', 'filters.active', { count: 1 })).toBe('Filtros (1 activo)');
    expect(translate('es', 'filters.active', { count: 3 })).toBe('Filtros (3 activos)');
  });

  it('writes the count as the language writes numbers (es-PE groups thousands with a comma)', () => {
    expect(translate('es', 'count.actors', { count: 2355 })).toBe('2,355 actores');
    expect(translate('en', 'count.ties', { count: 1 })).toBe('1 tie');
  });
});

describe('message(key, args) and say(locale, message)', () => {
  it('keeps a message whole so it is said in the language current when shown, nested messages included', () => {
    const undone = message('status.undone', { what: message('edit.deleteTies', { count: 1 }) });
    expect(say('es', undone)).toBe('Deshecho: eliminar 1 vínculo');
    expect(say('en', undone)).toBe('Undone: delete 1 tie');
  });

  it('says each quantity of a two-count message with its own plural', () => {
    const selected = message('status.selectedMany', {
      actors: message('count.actors', { count: 1 }),
      ties: message('count.ties', { count: 2 }),
    });
    expect(say('es', selected)).toBe('Seleccionados: 1 actor y 2 vínculos');
    expect(say('en', selected)).toBe('Selected: 1 actor and 2 ties');
  });

  it("says a record's text in both languages in the message's language", () => {
    const added = message('edit.addActor', { name: { es: 'Defensoría del Pueblo', en: 'Ombudsman' } });
    expect(say('es', added)).toBe('agregar Defensoría del Pueblo');
    expect(say('en', added)).toBe('add Ombudsman');
  });
});

describe('counts that can be 1 are worded for 1', () => {
  it('a gap over one assessed tie, a note on one unassessed tie, a matrix with one linked pair', () => {
    const distrust = (count: number) => message('gap.pillar-pair-distrust.detail', { a: 'Estado', b: 'Empresas', mean: -2, count });
    expect(say('es', distrust(1))).toBe('La confianza media entre Estado y Empresas es -2 en 1 vínculo evaluado.');
    expect(say('en', distrust(2))).toBe('Mean trust between Estado and Empresas is -2 over 2 assessed ties.');
    expect(say('es', message('analysis.note.unassessedStrength', { count: 1, ties: 70 }))).toBe(
      '1 de 70 vínculos no tiene intensidad evaluada; cuenta como intensidad 1.',
    );
    expect(say('en', message('analysis.note.unassessedStrength', { count: 1, ties: 70 }))).toBe(
      '1 of 70 ties has no assessed strength; it counts as strength 1.',
    );
    expect(translate('es', 'matrix.label', { actors: 2, count: 1 })).toBe('Matriz de adyacencia: 2 actores, 1 par vinculado');
  });

  it('no plain message puts a number placeholder before a plural noun or adjective, except counts that are never 1', () => {
    // A placeholder followed by a Spanish word in the plural ("{pairs} pares", "{confirmed} confirmados") reads
    // "1 pares" when it is 1: such a message must be plural ({ one, other }) or say the number after a colon.
    // The exceptions are worded for many on purpose: a count of map actors, of sampled sources, of a large drawing.
    const NEVER_ONE = new Set([
      'map.counts', // "{shown} de {total} actores": the map's own helper rewords its count line (issue 28, item 5).
      'map.label', // likewise, the map's label.
      'layout.refining', // only large networks are spread out in steps.
      'analysis.estimateBetweenness', // hundreds of sampled sources.
      'inspector.multi', // "{actors} y {ties} seleccionados": two counts, each a plural message, together plural.
      'gap.silo-community.detail', // a community has three actors at least.
      'trust.cellAssessed', // "{n}/{count} evaluados": a fraction; the trust matrix's helper rewords its cells.
      'analysis.estimatePaths', // hundreds of sampled sources.
      'overview.note', // the overview is for thousands of actors.
      'metric.betweenness.method', // "{limit} actores", "{pivots} fuentes": constants in the thousands and hundreds.
      'metric.closeness.method', // likewise.
    ]);
    const plainWithPluralAfterNumber = (catalogue: Record<string, unknown>) =>
      Object.entries(catalogue)
        .filter(([, text]) => typeof text === 'string' && /\{(?!count\})\w+\} [a-záéíóúñ]+s\b/.test(text))
        .map(([key]) => key)
        .filter((key) => !NEVER_ONE.has(key));
    expect(plainWithPluralAfterNumber(es)).toEqual([]);
    // In English only nouns take the plural ("1 ties"); "{name} ranks" names an actor, not a number.
    expect(plainWithPluralAfterNumber(en).filter((key) => key !== 'convener.explain.rank')).toEqual([]);
  });
});
