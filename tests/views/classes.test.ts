import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { setClass, setOneOf } from '../../src/views/network/classes';

/** a – b – c, and how many elements Cytoscape restyles for a class change (it emits `class` on each). */
function path() {
  const cy = cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'c' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
    ],
  });
  const restyled: string[] = [];
  cy.on('class', (event) => void restyled.push((event.target as cytoscape.SingularElementArgument).id()));
  return { cy, restyled };
}

describe('setClass(cy, elements, cls, want)', () => {
  it('gives and takes the class as wanted', () => {
    const { cy } = path();
    setClass(cy, cy.elements(), 'faded', (e) => e.id() !== 'b');
    expect(
      cy
        .$('.faded')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a', 'ab', 'bc', 'c']);
    setClass(cy, cy.elements(), 'faded', (e) => e.id() === 'c');
    expect(cy.$('.faded').map((e) => e.id())).toEqual(['c']);
  });

  it('restyles only the elements whose class changes', () => {
    const { cy, restyled } = path();
    // Cytoscape's own removeClass restyles every element given, changed or not: the reason for setClass.
    cy.elements().removeClass('faded');
    expect(restyled).toHaveLength(5);
    restyled.length = 0;
    setClass(cy, cy.elements(), 'faded', (e) => e.id() === 'a');
    expect(restyled).toEqual(['a']);
    restyled.length = 0;
    // Nothing differs: nothing is restyled.
    setClass(cy, cy.elements(), 'faded', (e) => e.id() === 'a');
    expect(restyled).toEqual([]);
  });
});

describe('setOneOf(element, group, cls)', () => {
  const places = ['label-hidden', 'label-above', 'label-right'];
  it('leaves the element with that class alone of its group, and its other classes as they were', () => {
    const { cy } = path();
    const a = cy.getElementById('a');
    a.addClass('faded label-above');
    setOneOf(a, places, 'label-right');
    expect(a.classes().sort()).toEqual(['faded', 'label-right']);
    setOneOf(a, places, null);
    expect(a.classes()).toEqual(['faded']);
  });

  it('restyles nothing when the element already has exactly that class', () => {
    const { cy, restyled } = path();
    const a = cy.getElementById('a');
    setOneOf(a, places, 'label-hidden');
    restyled.length = 0;
    setOneOf(a, places, 'label-hidden');
    setOneOf(cy.getElementById('b'), places, null);
    expect(restyled).toEqual([]);
  });
});
