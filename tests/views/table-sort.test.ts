import { describe, expect, it } from 'vitest';
import { TableState, compareValues } from '../../src/views/table/sort.svelte';

describe('compareValues', () => {
  it('sorts numbers written as text as numbers, and not-assessed values last either way', () => {
    const values = ['2', '-1', '', '10', '0'];
    expect([...values].sort((a, b) => compareValues(a, b, 'ascending', 'en'))).toEqual(['-1', '0', '2', '10', '']);
    expect([...values].sort((a, b) => compareValues(a, b, 'descending', 'en'))).toEqual(['10', '2', '0', '-1', '']);
  });

  it('sorts words by the locale, ignoring accents in order', () => {
    expect(['Óscar', 'Ana', 'Oxfam'].sort((a, b) => compareValues(a, b, 'ascending', 'es'))).toEqual(['Ana', 'Óscar', 'Oxfam']);
  });
});

describe('TableState', () => {
  it('sorts by a column, reverses on the same column, and shows the first 300 rows until asked for all', () => {
    const table = new TableState('name');
    table.sort('name');
    expect(table.direction).toBe('descending');
    table.sort('region');
    expect([table.column, table.direction]).toEqual(['region', 'ascending']);
    const rows = Array.from({ length: 301 }, (_, i) => i);
    expect(table.shown(rows)).toHaveLength(300);
    table.showAll = true;
    expect(table.shown(rows)).toHaveLength(301);
  });
});
