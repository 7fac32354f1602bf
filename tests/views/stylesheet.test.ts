import { describe, expect, it } from 'vitest';
import { buildStylesheet } from '../../src/views/network/stylesheet';
import { toElements } from '../../src/views/network/elements';
import { SECTORS, TIE_TYPES } from '../../src/model/vocabularies';
import { SECTOR_COLORS, TRUST_COLORS, TRUST_NOT_ASSESSED } from '../../src/views/network/palette';
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

  it('draws arrows on directed ties only', () => {
    expect(styleFor('edge[?directed]')?.['target-arrow-shape']).toBe('triangle');
  });
});

describe('toElements()', () => {
  it('leaves trust out of the data when it was not assessed, so `edge[trust = 0]` means neutral only', () => {
    const { network } = parseNetwork({
      schemaVersion: 1, id: 'n', title: 'N',
      actors: [
        { id: 'a', name: 'A', sector: 'state', basis: 'documented' },
        { id: 'b', name: 'B', sector: 'community', basis: 'assumed' },
      ],
      ties: [
        { id: 'x', source: 'a', target: 'b', type: 'dialogue', basis: 'documented' },
        { id: 'y', source: 'a', target: 'b', type: 'funding', trust: 0, basis: 'documented' },
      ],
    });
    const elements = toElements(network!);
    expect(elements.find((e) => e.data.id === 'x')?.data).not.toHaveProperty('trust');
    expect(elements.find((e) => e.data.id === 'y')?.data).toMatchObject({ trust: 0, directed: true });
    expect(elements.find((e) => e.data.id === 'b')?.data).toMatchObject({ pillar: 'civil_society', basis: 'assumed' });
  });
});
