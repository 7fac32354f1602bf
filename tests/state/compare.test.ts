import { describe, expect, it, vi } from 'vitest';
import { runComparison } from '../../src/state/compare-run';
import type { CompareRequest, CompareResponse } from '../../src/state/compare-messages';
import { CompareState, OPEN, type SideChoice } from '../../src/state/compare.svelte';
import { duplicateScenario } from '../../src/state/scenario-actions';
import { comparisonId } from '../../src/store/records';
import { small } from '../analysis/fixtures';
import { scenario } from '../store/fixtures';
import { startTab, useTabs, type Tab } from './tabs';

useTabs();

/**
 * The compare worker run on this thread: the same kernel the worker file
 * calls, answering a moment later (as a worker does); once terminated it
 * answers no more.
 */
class InlineWorker {
  onmessage: ((event: MessageEvent<CompareResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;

  postMessage(request: CompareRequest): void {
    setTimeout(() => {
      const post = (data: CompareResponse) => !this.terminated && this.onmessage?.({ data } as MessageEvent<CompareResponse>);
      try {
        post({
          type: 'result',
          id: request.id,
          result: runComparison(request, (done) => post({ type: 'progress', id: request.id, done })),
        });
      } catch (error) {
        post({ type: 'error', id: request.id, message: String(error) });
      }
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** a — b — c, open in the workspace (the open sample's place), and b: a — b — d, saved as scenario "b". */
const OPEN_NETWORK = small(['a', 'b', 'c'], ['a-b', 'b-c']);
const SAVED = { kind: 'scenario', id: 'b' } as const satisfies SideChoice;

async function setUp(): Promise<{ tab: Tab; compare: CompareState; workers: InlineWorker[] }> {
  const tab = await startTab();
  await tab.scenarios.store!.save(scenario('b', 100, { name: 'B', network: small(['a', 'b', 'd'], ['a-b', 'b-d']) }));
  await tab.scenarios.refreshList();
  tab.workspace.load(OPEN_NETWORK);
  const workers: InlineWorker[] = [];
  const compare = new CompareState(tab.workspace, tab.scenarios, () => {
    const worker = new InlineWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { tab, compare, workers };
}

const done = (compare: CompareState) => vi.waitFor(() => expect(compare.status).toBe('done'));

describe('CompareState', () => {
  it('compares the open network with a saved scenario in the worker', async () => {
    const { compare } = await setUp();
    const chosen = compare.choose(OPEN, SAVED);
    expect(compare.status).toBe('loading');
    await chosen;
    expect(compare.status).toBe('running');
    await done(compare);
    expect(compare.progress).toBe(1);
    expect(compare.openSide).toBe('a');
    expect(compare.networks?.a).toBe(OPEN_NETWORK);
    // a and b match by id; c is only in the first, d only in the second.
    expect(compare.maps?.aToB).toEqual(
      new Map([
        ['a', 'a'],
        ['b', 'b'],
      ]),
    );
    expect(compare.result?.diff.actors).toMatchObject({ removed: ['c'], added: ['d'] });
  });

  it('keeps the analyst’s decisions with the pair, so they come back when the pair is chosen again', async () => {
    const { tab, compare } = await setUp();
    await compare.choose(OPEN, SAVED);
    await done(compare);
    await compare.confirm('c', 'd');
    await done(compare);
    expect(compare.maps?.aToB.get('c')).toBe('d');
    // The open network is the open sample: the pair is stored under it.
    const id = comparisonId({ kind: 'sample', id: 'lima-2010' }, SAVED);
    expect((await tab.scenarios.store!.getComparison(id))?.confirmed).toEqual([['c', 'd']]);

    await compare.choose(OPEN, { kind: 'sample', id: 'macro-sur-2017' });
    expect(compare.decisions).toEqual({ confirmed: [], rejected: [] });
    await compare.choose(OPEN, SAVED);
    expect(compare.decisions.confirmed).toEqual([['c', 'd']]);

    await compare.resetDecisions();
    expect((await tab.scenarios.store!.getComparison(id))?.confirmed).toEqual([]);
  });

  it('answers only the latest choice, and stops the worker of the earlier one', async () => {
    const { compare, workers } = await setUp();
    await compare.choose(OPEN, { kind: 'sample', id: 'macro-sur-2017' });
    await compare.choose(OPEN, SAVED);
    await done(compare);
    expect(workers[0]!.terminated).toBe(true);
    expect(compare.networks?.b.actors.map((a) => a.id)).toEqual(['a', 'b', 'd']);
  });

  it('says why when a side cannot be read', async () => {
    const { compare } = await setUp();
    await compare.choose(OPEN, { kind: 'scenario', id: 'gone' });
    expect(compare.status).toBe('failed');
    expect(compare.error).toBe('scenario "gone" cannot be read');
  });

  it('first compares a sample with the other sample, and a copy with the scenario it was copied from', async () => {
    const { tab, compare } = await setUp();
    compare.chooseDefaults();
    expect([compare.first, compare.second]).toEqual([OPEN, { kind: 'sample', id: 'macro-sur-2017' }]);

    await duplicateScenario(tab.scenarios, 'b', 'B, what if d left');
    await tab.scenarios.open(tab.scenarios.list.find((s) => s.name === 'B, what if d left')!.id);
    const fresh = new CompareState(tab.workspace, tab.scenarios, () => new InlineWorker() as unknown as Worker);
    fresh.chooseDefaults();
    expect([fresh.first, fresh.second]).toEqual([SAVED, OPEN]);
  });
});
