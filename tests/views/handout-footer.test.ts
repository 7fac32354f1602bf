import { describe, expect, it } from 'vitest';
import { footerLine } from '../../src/views/present/handout';

describe('footerLine(title, page, pages, today)', () => {
  it('adds the day after the page when the title does not hold it', () => {
    expect(footerLine('Taller Cusco', 2, 5, '07/12/2026')).toBe('Taller Cusco · 2/5 · 07/12/2026');
  });

  it('does not repeat the day that a scenario’s default name already ends with', () => {
    expect(footerLine('Red nacional de Lima, 2010 · 07/12/2026', 1, 3, '07/12/2026')).toBe('Red nacional de Lima, 2010 · 07/12/2026 · 1/3');
  });

  it('keeps the day when the title holds another one (the scenario was made earlier)', () => {
    expect(footerLine('Red nacional de Lima, 2010 · 01/12/2026', 3, 3, '07/12/2026')).toBe(
      'Red nacional de Lima, 2010 · 01/12/2026 · 3/3 · 07/12/2026',
    );
  });
});
