import { describe, expect, it } from 'vitest';
import { composeSvg } from '../../src/views/network/export-image';
import { parseNetwork } from '../../src/model/validate';
import macroSur from '../../data/macro-sur-2017.json';

describe('composeSvg(parts)', () => {
  const parts = {
    graphSvg: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><circle r="5"/></svg>',
    title: '</text><script>alert(1)</script>',
    sourceLine: 'Sources: seed & notes <b>',
    network: parseNetwork(macroSur).network!,
    colorBy: 'sector' as const,
    locale: 'es' as const,
    headings: { colours: 'Actores por sector', trust: 'Confianza', notAssessed: 'Sin evaluar', types: 'Tipo' },
  };
  const svg = composeSvg(parts);

  it('keeps user text as text', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
    expect(svg).toContain('seed &amp; notes &lt;b&gt;');
  });

  it('puts the drawing under the title, the legend beside it (only what is drawn) and the source line below', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<svg x="0" y="56"');
    // Macro Sur has companies and a State ministry but no academia.
    expect(svg).toContain('Empresa');
    expect(svg).not.toContain('Academia');
    expect(svg).toContain('Sin evaluar');
    // 400 wide drawing + legend column; 300 high drawing + title + footer at least.
    expect(Number(/width="(\d+)"/.exec(svg)?.[1])).toBeGreaterThan(700);
    expect(Number(/height="(\d+)"/.exec(svg)?.[1])).toBeGreaterThanOrEqual(300 + 56 + 36);
  });
});
