// The arguments of t(key, args) are checked by the compiler (svelte-check runs over tests/): each
// `@ts-expect-error` below fails the check if the call it marks were accepted. The calls sit in a
// function that never runs, so only their types are tested here; their output is tested elsewhere.
import { describe, expect, it } from 'vitest';
import { message, translate } from '../../src/text/translate';

function wrongCalls(): void {
  // @ts-expect-error a placeholder is missing ({ties})
  translate('en', 'header.counts', { actors: 1 });
  // @ts-expect-error a placeholder the message does not name
  translate('en', 'header.counts', { actors: 1, ties: 2, extra: 3 });
  // @ts-expect-error arguments are required when the message has placeholders
  translate('en', 'header.counts');
  // @ts-expect-error a message without placeholders takes no arguments
  translate('en', 'legend.title', { actors: 1 });
  // @ts-expect-error a plural message needs its count as a number, to choose the form
  translate('es', 'form.problems', { count: '2' });
  // @ts-expect-error a plural message needs its count
  translate('es', 'filters.active', {});
  // @ts-expect-error message() is checked the same way
  message('status.selectedTie', { source: 'a' });
  // @ts-expect-error not a key of the catalogue
  translate('en', 'header.nothing');
}

describe('typed placeholder arguments', () => {
  it('accept exactly the placeholders a message names', () => {
    expect(typeof wrongCalls).toBe('function');
    expect(
      translate('en', 'header.counts', { actors: message('count.actors', { count: 60 }), ties: message('count.ties', { count: 1 }) }),
    ).toBe('60 actors · 1 tie');
    expect(translate('en', 'legend.title')).toBe('Legend');
  });
});
