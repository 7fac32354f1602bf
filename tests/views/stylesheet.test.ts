import { describe, expect, it } from 'vitest';
import { SIZE_RANGE, buildStylesheet } from '../../src/views/network/stylesheet';
import { toElements } from '../../src/views/network/elements';
import { SECTORS, TIE_TYPES } from '../../src/model/vocabularies';
import { PILLAR_COLORS, SECTOR_COLORS, TRUST_COLORS, TRUST_NOT_ASSESSED } from '../../src/styling/palette';
import { parseNetwork } from '../../src/model/validate';

type Block = { selector: string; style: Record<string, unknown> };
const sheet = buildStylesheet() as Block[];
const styleFor = (selector: string) => sheet.find((b) => b.selector === selector)?.style;

describe('buildStylesheet()', () => {
  it('colours every sector with its palette colour', () => {
    for (const sector of SECTORS) {
      expect(styleFor(`node[sector = "${sector}"]`)?.['background-color'], sector).toBe(SECTOR_COLORS[sector]);
    }
  });

  it('gives every tie type a line style, and every trust step its diverging colour', () => {
    for (const type of TIE_TYPES) expect(styleFor(`edge[type = "${type}"]`)?.['line-style'], type).toMatch(/solid|dashed/);
    expect(styleFor('edge[trust = -2]')?.['line-color']).toBe(TRUST_COLORS['-2']);
    expect(styleFor('edge[trust = 2]')?.['line-color']).toBe(TRUST_COLORS['2']);
    // Not assessed is the default edge colour, distinct from neutral (0).
    expect(styleFor('edge')?.['line-color']).toBe(TRUST_NOT_ASSESSED);
    expect(TRUST_NOT_ASSESSED).not.toBe(TRUST_COLORS['0']);
  });

  it('colours by pillar when asked, and sizes by influence only actors that have one', () => {
    const byPillar = buildStylesheet({ colorBy: 'pillar', sizeBy: 'influence', maxDegree: 10 }) as Block[];
    const find = (selector: string) => byPillar.find((b) => b.selector === selector)?.style;
    expect(find('node[pillar = "business"]')?.['background-color']).toBe(PILLAR_COLORS.business);
    expect(find('node[sector = "company"]')).toBeUndefined();
    expect(find('node[influence]')?.width).toBe(`mapData(influence, 1, 5, ${SIZE_RANGE.min}, ${SIZE_RANGE.max})`);
  });

  it('sizes by degree up to the largest degree of the network', () => {
    const byDegree = buildStylesheet({ colorBy: 'sector', sizeBy: 'degree', maxDegree: 40 }) as Block[];
    expect(
      byDegree.find((b) => b.selector === 'node' && 'width' in b.style && String(b.style.width).startsWith('mapData'))?.style.width,
    ).toBe(`mapData(degree, 0, 40, ${SIZE_RANGE.min}, ${SIZE_RANGE.max})`);
  });

  it('fades or hides what the filters leave out', () => {
    expect(styleFor('.faded')?.opacity).toBeLessThan(0.5);
    expect(styleFor('.hidden')?.display).toBe('none');
  });

  it('hides a label with no room at every zoom: transparent, and below the smallest size Cytoscape draws or caches', () => {
    // Cytoscape renders a label's text into its cache unless font-size × zoom level is under min-zoomed-font-size,
    // even when the text is transparent. The largest label: 40 px chosen at the smallest zoom (1 / 0.15 ≈ 6.7 ×
    // 40 = 267 px in the model), drawn at the largest zoom (4) on a 3× screen: 267 × 4 × 3 ≈ 3,200 px.
    const largest = buildStylesheet(undefined, { px: 40, zoom: 0.15 }) as Block[];
    const fontSize = Number(largest.find((b) => b.selector === 'node')?.style['font-size']);
    expect(fontSize).toBeCloseTo(266.7, 0);
    const hidden = largest.find((b) => b.selector === 'node.label-hidden')?.style;
    expect(hidden?.['text-opacity']).toBe(0);
    expect(Number(hidden?.['min-zoomed-font-size'])).toBeGreaterThan(fontSize * 4 * 3);
  });

  it('draws ties straight, but curves apart those that join the same two actors (straight on a large network)', () => {
    expect(styleFor('edge')?.['curve-style']).toBe('straight');
    expect(styleFor('edge[?parallel]')?.['curve-style']).toBe('bezier');
    expect((buildStylesheet(undefined, undefined, true) as Block[]).find((b) => b.selector === 'edge[?parallel]')).toBeUndefined();
  });

  it('draws arrows on directed ties only', () => {
    expect(styleFor('edge[?directed]')?.['target-arrow-shape']).toBe('triangle');
  });
});

describe('toElements()', () => {
  it('leaves trust out of the data when it was not assessed, so `edge[trust = 0]` means neutral only', () => {
    const { network } = parseNetwork({
      schemaVersion: 3,
      id: 'n',
      title: 'N',
      actors: [
        { id: 'a', name: 'A', sector: 'state', basis: 'documented' },
        { id: 'b', name: 'B', sector: 'community', basis: 'assumed' },
      ],
      ties: [
        { id: 'x', source: 'a', target: 'b', type: 'dialogue', basis: 'documented' },
        { id: 'y', source: 'a', target: 'b', type: 'funding', trust: 0, basis: 'documented' },
      ],
    });
    const elements = toElements(network!, 'es');
    expect(elements.find((e) => e.data.id === 'x')?.data).not.toHaveProperty('trust');
    expect(elements.find((e) => e.data.id === 'y')?.data).toMatchObject({ trust: 0, directed: true });
    expect(elements.find((e) => e.data.id === 'b')?.data).toMatchObject({ pillar: 'civil_society', basis: 'assumed', degree: 2 });
    expect(elements.find((e) => e.data.id === 'b')?.data).not.toHaveProperty('influence');
  });

  it('marks the ties that join the same two actors as another, whatever their direction', () => {
    const { network } = parseNetwork({
      schemaVersion: 3,
      id: 'n',
      title: 'N',
      actors: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), sector: 'state', basis: 'documented' })),
      ties: [
        { id: 'ab', source: 'a', target: 'b', type: 'dialogue', basis: 'documented' },
        { id: 'ba', source: 'b', target: 'a', type: 'funding', basis: 'documented' },
        { id: 'bc', source: 'b', target: 'c', type: 'dialogue', basis: 'documented' },
      ],
    });
    const parallel = toElements(network!, 'es')
      .filter((e) => e.data.parallel)
      .map((e) => e.data.id);
    // a–b twice (one each way); b–c once.
    expect(parallel).toEqual(['ab', 'ba']);
  });
});
