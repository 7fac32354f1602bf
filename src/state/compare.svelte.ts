/**
 * The comparison being looked at: which two networks (the open one, a
 * sample, a saved scenario), the analyst's matching decisions (kept in the
 * store with the pair, so matching is done once), and the result computed in
 * the compare worker with its progress.
 */
import { matchMaps, confirmMatch, rejectMatch, NO_DECISIONS, type MatchDecisions } from '../analysis/compare/match';
import type { Positions } from '../analysis/compare/aligned-layout';
import { dayOf } from '../model/records';
import { parseNetwork } from '../model/validate';
import type { Network } from '../model/types';
import { comparisonId, sideKey, type SideRef } from '../store/records';
import type { CompareRequest, CompareResponse, CompareResult } from './compare-messages';
import { isSampleId, loadSample, SAMPLE_IDS } from './samples';
import type { Scenarios } from './scenarios.svelte';
import type { Workspace } from './workspace.svelte';

/** A side of the comparison as the analyst picks it: the network open in the workspace (with unsaved edits), or a stored one. */
export type SideChoice = { kind: 'open' } | SideRef;

export const OPEN: SideChoice = { kind: 'open' };

export const choiceKey = (choice: SideChoice) => (choice.kind === 'open' ? 'open' : `${choice.kind}:${choice.id}`);

export function parseChoice(key: string): SideChoice | null {
  if (key === 'open') return OPEN;
  const [kind, ...rest] = key.split(':');
  const id = rest.join(':');
  if (kind === 'sample' && isSampleId(id)) return { kind, id };
  if (kind === 'scenario' && id) return { kind, id };
  return null;
}

export type CompareStatus = 'idle' | 'loading' | 'running' | 'done' | 'failed';

export class CompareState {
  first: SideChoice = $state.raw(OPEN);
  second: SideChoice | null = $state.raw(null);
  decisions: MatchDecisions = $state.raw(NO_DECISIONS);
  /** The two networks compared, as they were when the result was computed. */
  networks: { a: Network; b: Network } | null = $state.raw(null);
  result: CompareResult | null = $state.raw(null);
  status: CompareStatus = $state('idle');
  progress = $state(0);
  error = $state('');
  /** The decisions could not be saved: they hold for this session only. */
  unsavedDecisions = $state(false);

  /** Which side, if any, is the network open in the workspace: selecting there selects in every view. */
  openSide = $derived<'a' | 'b' | null>(this.first.kind === 'open' ? 'a' : this.second?.kind === 'open' ? 'b' : null);
  maps = $derived(this.result ? matchMaps(this.result.comparison.matches) : null);

  #worker: Worker | null = null;
  #request = 0;
  #chosen = false;
  /** The open network's reference when the decisions were last loaded. */
  #openBefore = '';

  constructor(
    private readonly workspace: Workspace,
    private readonly scenarios: Scenarios,
    private readonly createWorker: () => Worker,
  ) {}

  /** The stored reference of a side: the open network is the open scenario, or the open sample. */
  refOf(choice: SideChoice): SideRef {
    if (choice.kind !== 'open') return choice;
    return this.scenarios.current ? { kind: 'scenario', id: this.scenarios.current.id } : { kind: 'sample', id: this.workspace.sampleId };
  }

  /**
   * The first time the view opens: a copy of a saved scenario is compared
   * with the scenario it was copied from (before → after); a sample with the
   * other sample.
   */
  chooseDefaults(): void {
    if (this.#chosen) return;
    this.#chosen = true;
    const origin = this.scenarios.current?.origin;
    if (origin?.kind === 'copy' && this.scenarios.list.some((s) => s.id === origin.of)) {
      this.first = { kind: 'scenario', id: origin.of };
      this.second = OPEN;
      return;
    }
    const open = this.refOf(OPEN);
    const other = SAMPLE_IDS.find((id) => !(open.kind === 'sample' && open.id === id)) ?? SAMPLE_IDS[0];
    this.first = OPEN;
    this.second = { kind: 'sample', id: other };
  }

  async choose(first: SideChoice, second: SideChoice | null, positions?: Positions): Promise<void> {
    this.first = first;
    this.second = second;
    this.#chosen = true;
    await this.run(positions, true);
  }

  /**
   * Loads both networks and (with `reloadDecisions`) the decisions saved for
   * the pair, then compares in the worker. When the open sample has become a
   * scenario at its first edit, it is still the same network: a pair with
   * nothing saved keeps the decisions in hand and saves them for itself.
   */
  async run(positions?: Positions, reloadDecisions = false): Promise<void> {
    const second = this.second;
    if (!second) return;
    const request = ++this.#request;
    this.status = 'loading';
    this.error = '';
    try {
      const [a, b] = await Promise.all([this.#load(this.first), this.#load(second)]);
      const origin = this.scenarios.current?.origin;
      const carry = origin?.kind === 'sample' && this.#openBefore === `sample:${origin.sampleId}`;
      this.#openBefore = sideKey(this.refOf(OPEN));
      if (reloadDecisions) {
        const saved = await this.scenarios.store
          ?.getComparison(comparisonId(this.refOf(this.first), this.refOf(second)))
          .catch(() => undefined);
        if (saved) this.decisions = { confirmed: saved.confirmed, rejected: saved.rejected };
        else if (carry) void this.#save(this.decisions);
        else this.decisions = NO_DECISIONS;
      }
      if (request !== this.#request) return;
      this.#compute(a, b, this.first.kind === 'open' ? positions : undefined);
    } catch (error) {
      if (request !== this.#request) return;
      this.status = 'failed';
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  confirm(a: string, b: string): Promise<void> {
    return this.#decide(confirmMatch(this.decisions, a, b));
  }

  reject(a: string, b: string): Promise<void> {
    return this.#decide(rejectMatch(this.decisions, a, b));
  }

  /** Forgets every decision about this pair of networks. */
  resetDecisions(): Promise<void> {
    return this.#decide(NO_DECISIONS);
  }

  async #decide(decisions: MatchDecisions): Promise<void> {
    this.decisions = decisions;
    await this.#save(decisions);
    if (this.networks) this.#compute(this.networks.a, this.networks.b);
  }

  async #save(decisions: MatchDecisions): Promise<void> {
    const second = this.second;
    if (!second) return;
    const first = this.refOf(this.first);
    const other = this.refOf(second);
    try {
      await this.scenarios.store?.putComparison({
        id: comparisonId(first, other),
        first,
        second: other,
        ...$state.snapshot(decisions),
        updatedAt: Date.now(),
      });
      this.unsavedDecisions = !this.scenarios.store;
    } catch {
      this.unsavedDecisions = true;
    }
  }

  async #load(choice: SideChoice): Promise<Network> {
    if (choice.kind === 'open') {
      if (!this.workspace.network) throw new Error('no network is open');
      return this.workspace.network;
    }
    if (choice.kind === 'sample') {
      if (!isSampleId(choice.id)) throw new Error(`no sample "${choice.id}"`);
      const { network } = parseNetwork(await loadSample(choice.id));
      if (!network) throw new Error(`sample "${choice.id}" cannot be read`);
      return network;
    }
    const loaded = await this.scenarios.store?.get(choice.id);
    if (!loaded?.record) throw new Error(`scenario "${choice.id}" cannot be read`);
    return loaded.record.network;
  }

  #compute(a: Network, b: Network, firstPositions?: Positions): void {
    this.#worker?.terminate();
    const id = ++this.#request;
    const worker = this.createWorker();
    this.#worker = worker;
    this.status = 'running';
    this.progress = 0;
    worker.onmessage = (event: MessageEvent<CompareResponse>) => {
      const message = event.data;
      if (message.id !== this.#request) return;
      if (message.type === 'progress') this.progress = message.done;
      else {
        if (message.type === 'result') {
          this.networks = { a, b };
          this.result = message.result;
          this.status = 'done';
        } else {
          this.error = message.message;
          this.status = 'failed';
        }
        worker.terminate();
        this.#worker = null;
      }
    };
    worker.onerror = (event) => {
      if (id !== this.#request) return;
      this.error = event.message || 'worker error';
      this.status = 'failed';
    };
    const request: CompareRequest = {
      id,
      first: a,
      second: b,
      decisions: $state.snapshot(this.decisions) as MatchDecisions,
      firstPositions,
      today: dayOf(new Date()),
    };
    worker.postMessage(request);
  }
}
