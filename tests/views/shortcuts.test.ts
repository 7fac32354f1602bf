import { describe, expect, it } from 'vitest';
import { shortcutHandler } from '../../src/views/shortcuts';

function setup(blocked = false) {
  const calls: string[] = [];
  const handler = shortcutHandler({
    blocked: () => blocked,
    undo: () => calls.push('undo'),
    redo: () => calls.push('redo'),
    deleteSelection: () => calls.push('delete'),
    escape: () => calls.push('escape'),
    search: () => calls.push('search'),
  });
  const press = (key: string, modifiers: Partial<KeyboardEvent> = {}) =>
    handler({
      key,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      target: null,
      preventDefault: () => {},
      ...modifiers,
    } as KeyboardEvent);
  return { calls, press };
}

describe('shortcutHandler', () => {
  it('maps the keys to undo, redo, delete, escape and search', () => {
    const { calls, press } = setup();
    press('z', { ctrlKey: true });
    press('Z', { ctrlKey: true, shiftKey: true });
    press('z', { metaKey: true });
    press('y', { ctrlKey: true });
    press('Delete');
    press('Backspace');
    press('Escape');
    press('/');
    press('a');
    expect(calls).toEqual(['undo', 'redo', 'undo', 'redo', 'delete', 'delete', 'escape', 'search']);
  });

  it('does nothing while a dialog is open', () => {
    const { calls, press } = setup(true);
    press('z', { ctrlKey: true });
    press('Delete');
    expect(calls).toEqual([]);
  });
});
