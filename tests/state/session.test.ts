import { describe, expect, it } from 'vitest';
import { OVERVIEW_LIMIT } from '../../src/analysis/overview';
import type { Network } from '../../src/model/types';
import { NO_REDACTION } from '../../src/model/redact';
import type { AnalysisRunner } from '../../src/state/analysis.svelte';
import { Session } from '../../src/state/session.svelte';
import { ViewState } from '../../src/state/view.svelte';
import { Workspace } from '../../src/state/workspace.svelte';
import { small } from '../analysis/fixtures';
import { removeActors, updateActors } from '../../src/model/edits';
import { message } from '../../src/text/translate';
import { espinarScenario } from '../analysis/three-informants';

/** An analysis that never runs: these tests are about what the session derives from what is open. */
const idle = { result: null, communities: null, schedule() {} } as unknown as AnalysisRunner;

/** a–b–c in a line, d alone. */
const line = () => small(['a:state', 'b:company', 'c:civil_society', 'd'], ['a-b', 'b-c']);

function sessionWith(network: Network, analysis: AnalysisRunner = idle): Session {
  const workspace = new Workspace();
  workspace.load(network);
  return new Session({ workspace, view: new ViewState(), analysis });
}

describe('the session every view reads', () => {
  it('shows the network open, with every actor and tie visible before any filter', () => {
    const network = line();
    const session = sessionWith(network);
    expect(session.network).toBe(network);
    expect(session.visible.actors.size).toBe(4);
    expect(session.visible.ties.size).toBe(2);
    expect(session.filtered).toBe(false);
    // Hiding isolates leaves d out: 3 of 4 actors shown, and the header says the view is filtered.
    session.view.setFilters({ hideIsolates: true });
    expect([...session.visible.actors].sort()).toEqual(['a', 'b', 'c']);
    expect(session.filtered).toBe(true);
  });

  it('keeps the same visible sets through an edit that shows the same actors and ties, so the views redo nothing', () => {
    const session = sessionWith(line());
    const before = session.visible;
    // A field of a: a, b, c, d and both ties are still shown: the very same object.
    session.workspace.perform(updateActors(session.workspace.network!, ['a'], { influence: 5 }), message('edit.addActor', { name: 'a' }));
    expect(session.network!.actors[0]!.influence).toBe(5);
    expect(session.visible).toBe(before);
    // Removing d (no ties) leaves a, b, c: new sets.
    session.workspace.perform(removeActors(['d']), message('edit.addActor', { name: 'd' }));
    expect(session.visible).not.toBe(before);
    expect([...session.visible.actors].sort()).toEqual(['a', 'b', 'c']);
  });

  it('shows every view the redacted network while a redaction profile hides an actor, and counts what is left out', () => {
    const network = line();
    const session = sessionWith(network);
    session.presenter.redaction = { ...NO_REDACTION, hide: ['b'] };
    // b leaves with both its ties (a–b, b–c): a, c and d stay, and no tie.
    expect(session.network!.actors.map((a) => a.id)).toEqual(['a', 'c', 'd']);
    expect(session.network!.ties).toEqual([]);
    expect(session.visible.actors.size).toBe(3);
    // The workspace keeps the whole network: nothing is lost when the profile is turned off.
    expect(session.workspace.network).toBe(network);
    session.presenter.redaction = NO_REDACTION;
    expect(session.network).toBe(network);
  });

  it('counts ties per actor, and sizes by degree up to the largest', () => {
    const session = sessionWith(line());
    // a–b and b–c: a and c have one tie, b two, d none.
    expect(session.degrees).toEqual(
      new Map([
        ['a', 1],
        ['b', 2],
        ['c', 1],
        ['d', 0],
      ]),
    );
    expect(session.styleOptions.maxDegree).toBe(2);
  });

  it('colours by sector while the communities asked for are not yet found', () => {
    const session = sessionWith(line());
    session.view.colorBy = 'community';
    expect(session.styleOptions.colorBy).toBe('sector');
  });

  it('draws a large network as an overview first (nothing drawn until a community is opened)', () => {
    const session = sessionWith(
      small(
        Array.from({ length: OVERVIEW_LIMIT + 1 }, (_, i) => `a${i}`),
        [],
      ),
    );
    expect(session.large).toBe(true);
    expect(session.drawnNetwork).toBeNull();
  });

  it('takes the title of pictures from the network when no scenario is open', () => {
    const session = sessionWith(line());
    // The fixture's title is 'small', the same in every language.
    expect(session.title).toBe('small');
  });

  it("shows every view the answers chosen: the consensus at a threshold, or one informant's, and says which", () => {
    const scenario = espinarScenario();
    const session = sessionWith(scenario);
    // As recorded: the six ties anyone reported (three-informants.test.ts).
    expect(session.network).toBe(scenario);
    expect(session.answeredBy).toBeNull();
    // At 2 of 3: the four ties two or three informants reported.
    session.view.answeredBy = { atLeast: 2 };
    expect(session.network!.ties.map((t) => t.id)).toEqual([
      'info-policia-municipio',
      'info-empresa-municipio',
      'conf-rondas-empresa',
      'info-defensoria-rondas',
    ]);
    expect(session.answeredByOf(session.network)).toEqual({ atLeast: 2 });
    expect(session.answeredByOf(scenario)).toBeNull();
    // A threshold over the three informants is read as 3 of 3: the two ties all three reported.
    session.view.answeredBy = { atLeast: 5 };
    expect(session.answeredBy).toEqual({ atLeast: 3 });
    expect(session.network!.ties.map((t) => t.id)).toEqual(['info-policia-municipio', 'conf-rondas-empresa']);
    // Informant C (the journalist) alone: their four ties.
    session.view.answeredBy = { informant: 'espinar-c/i1' };
    expect(session.network!.ties.map((t) => t.id)).toEqual([
      'info-policia-municipio',
      'conf-rondas-empresa',
      'info-defensoria-rondas',
      'conflict--policia--rondas',
    ]);
    // An informant the network does not have, or a network with no answers: the network as recorded.
    session.view.answeredBy = { informant: 'nobody/i1' };
    expect(session.network).toBe(scenario);
    const plain = sessionWith(line());
    plain.view.answeredBy = { atLeast: 2 };
    expect(plain.answeredBy).toBeNull();
    expect(plain.network).toBe(plain.workspace.network);
  });
});
