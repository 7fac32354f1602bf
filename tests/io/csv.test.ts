import { describe, expect, it } from 'vitest';
import { csvField, toCsv, unneutralise } from '../../src/io/csv';

describe('csvField(value)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2', '"-2"'],
    ['-cmd', `"'-cmd"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    [' =1+1', `"' =1+1"`],
    ['a\n=1+1', `"'a\n=1+1"`],
    ['Perú 2021', '"Perú 2021"'],
  ])('neutralises %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('keeps numbers as numbers, negatives included, and empties empty', () => {
    expect(csvField(-0.5)).toBe('"-0.5"');
    expect(csvField(null)).toBe('""');
  });
});

describe('unneutralise(cell)', () => {
  it.each(['=HYPERLINK("x")', ' =1+1', 'a\n=1+1', "'quoted", '-cmd', 'plain'])('reads back %j as written', (value) => {
    expect(unneutralise(JSON.parse(`"${csvField(value).slice(1, -1).replace(/""/g, '\\"').replace(/\n/g, '\\n')}"`))).toBe(value);
  });
});

describe('toCsv(header, rows)', () => {
  it('quotes every field and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('"a","b"\r\n"1","x,y"\r\n');
  });
});
