import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { compareNetworks } from '../../src/analysis/compare/compare';
import { diffNetworks } from '../../src/analysis/compare/diff';
import { matchActors } from '../../src/analysis/compare/match';
import { comparisonTables, distributionKeyLabel } from '../../src/io/comparison-export';
import { label } from '../../src/text/translate';
import { parseNetwork } from '../../src/model/validate';
import lima from '../../data/lima-2010.json';
import macroSur from '../../data/macro-sur-2017.json';

const before = parseNetwork(lima).network!;

function tables(after: typeof before, locale: 'es' | 'en') {
  const comparison = compareNetworks(before, after, analyze(before), analyze(after), matchActors(before, after));
  return comparisonTables(comparison, diffNetworks(before, after), { a: before, b: after, titleA: 'antes', titleB: 'después' }, locale);
}

describe('the comparison as tables', () => {
  it('writes the diff field by field in the interface language, values in words, provenance marked', () => {
    const after = structuredClone(before);
    after.actors.find((a) => a.id === 'sodexo')!.sector = 'private_security';
    after.actors.find((a) => a.id === 'pnp')!.sources = [];
    const { diff } = tables(after, 'es');
    expect(diff.headers).toEqual(['registro', 'id', 'nombre', 'cambio', 'campo', 'antes', 'después', 'procedencia']);
    expect(diff.rows.find((r) => r[1] === 'sodexo')).toEqual([
      'actor',
      'sodexo',
      'Sodexo',
      'cambiado',
      'Sector',
      'Empresa',
      'Seguridad privada',
      '',
    ]);
    const police = diff.rows.find((r) => r[1] === 'pnp')!;
    expect([police[4], police[6], police[7]]).toEqual(['Fuentes', '', 'sí']);
    expect(
      tables(after, 'en')
        .diff.rows.find((r) => r[1] === 'sodexo')!
        .slice(3, 7),
    ).toEqual(['changed', 'Sector', 'Company', 'Private security']);
  });

  it('writes changed values as the inspector words them: region names, source titles, a field basis by field', () => {
    // Lima's police moved to Cusco (PE-LMA → PE-CUS, "Lima Metropolitana" and "Cusco" in data/peru-regions.json), rest
    // its region on a document rather than on inference, and cite Lima's one document (its title from lima.sources).
    const after = structuredClone(before);
    const police = after.actors.find((a) => a.id === 'pnp')!;
    police.region = 'PE-CUS';
    police.fieldBasis = { ...police.fieldBasis, region: 'documented' };
    police.sources = [{ doc: lima.sources[0]!.doc, locator: { es: 'Anexo 4', en: 'Annex 4' } }];
    const rows = tables(after, 'es').diff.rows.filter((r) => r[1] === 'pnp');
    expect(rows.map((r) => r.slice(4, 7))).toEqual([
      ['Región', 'Lima Metropolitana', 'Cusco'],
      ['Fuentes', `${lima.sources[0]!.title} (IV.c Actores clave)`, `${lima.sources[0]!.title} (Anexo 4)`],
      ['Región (base)', 'Inferido', 'Documentado'],
    ]);
    // A tie is named by its ends and type; its id stays in the id column.
    after.ties.find((t) => t.id === 'ownership--xstrata-copper--las-bambas')!.strength = 3;
    const tie = tables(after, 'en').diff.rows.find((r) => r[1] === 'ownership--xstrata-copper--las-bambas')!;
    expect(tie.slice(0, 7)).toEqual([
      'tie',
      'ownership--xstrata-copper--las-bambas',
      'Xstrata Copper — Las Bambas (Xstrata Copper) (ownership)',
      'changed',
      'Strength',
      'not assessed',
      '3 · Strong',
    ]);
  });

  it('gives each summary figure for both and the difference', () => {
    const after = structuredClone(before);
    after.ties = after.ties.slice(10);
    const { summary } = tables(after, 'es');
    // All of Lima's ties before, ten fewer after.
    const ties = before.ties.length;
    expect(summary.rows.find((r) => r[1] === 'Vínculos')).toEqual(['', 'Vínculos', String(ties), String(ties - 10), '-10']);
    expect(summary.headers.slice(2, 4)).toEqual(['antes', 'después']);
  });

  it('gives each network’s records in the summary and each shared actor’s engagements in both, by network', () => {
    const macro = parseNetwork(macroSur).network!;
    const comparison = compareNetworks(before, macro, analyze(before), analyze(macro), matchActors(before, macro), '2024-06-30');
    const sides = { a: before, b: macro, titleA: 'Lima 2010', titleB: 'Macro Sur 2017' };
    const { summary, shared } = comparisonTables(comparison, diffNetworks(before, macro), sides, 'es');
    // Lima: 3 engagements (two interview rounds, the round table), no commitment, no incident; Macro Sur: 10, 2, 0.
    expect(summary.rows.filter((r) => /registrados$/.test(r[1]!))).toEqual([
      ['', 'Encuentros registrados', '3', '10', '7'],
      ['', 'Compromisos registrados', '0', '2', '2'],
      ['', 'Incidentes registrados', '0', '0', '0'],
    ]);
    // The record columns come last, each for the first network then the second.
    expect(shared.headers.slice(-8)).toEqual([
      'encuentros · Lima 2010',
      'encuentros · Macro Sur 2017',
      'último encuentro · Lima 2010',
      'último encuentro · Macro Sur 2017',
      'compromisos abiertos · Lima 2010',
      'compromisos abiertos · Macro Sur 2017',
      'incidentes · Lima 2010',
      'incidentes · Macro Sur 2017',
    ]);
    // Socios Perú: 3 in Lima (last the interview rounds, ending March 2010), 6 in Macro Sur (last the August 2017
    // set-up); it made or was promised no commitment (the 2017 ones are the group's and DCAF's). The police: none in Lima.
    const row = (id: string) => shared.rows.find((r) => r[0] === id)!.slice(-8);
    expect(row('socios-peru')).toEqual(['3', '6', '2010-03', '2017-08', '0', '0', '0', '0']);
    expect(row('pnp')).toEqual(['0', '1', '', '2017-08', '0', '0', '0', '0']);
  });

  it('names a distribution key in each language: a scale step with its number, "none" by what is missing', () => {
    // VPs knowledge 1 is "Low or misconstrued" / "Bajo o erróneo" (vpKnowledge.1 in the catalogues).
    expect(label('en', distributionKeyLabel('vpKnowledge', '1'))).toBe('1 · Low or misconstrued');
    expect(label('es', distributionKeyLabel('vpKnowledge', '1'))).toBe('1 · Bajo o erróneo');
    expect(label('es', distributionKeyLabel('engagement', 'none'))).toBe('sin etapa');
    expect(label('en', distributionKeyLabel('vpInterest', 'none'))).toBe('not assessed');
    expect(label('es', distributionKeyLabel('sectors', 'company'))).toBe('Empresa');
  });
});
