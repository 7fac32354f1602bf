/**
 * The open workspace: which network is open, its Graphology graph, the
 * problems found when reading it, and the selection. The graph is a plain
 * field, never inside `$state`; views read the network (replaced whole, so
 * `$state.raw`) and the selection.
 */
import { toGraph, type StakeholderGraph } from '../model/graph';
import type { Actor, Network, Problem, Tie } from '../model/types';
import { parseNetwork } from '../model/validate';
import { loadSample, type SampleId } from './samples';

export type Selection = { kind: 'actor'; id: string } | { kind: 'tie'; id: string } | null;
export type LoadStatus = 'loading' | 'ready' | 'failed';

export class Workspace {
  sampleId: SampleId = $state('lima-2010');
  status: LoadStatus = $state('loading');
  network: Network | null = $state.raw(null);
  problems: Problem[] = $state.raw([]);
  selection: Selection = $state(null);
  /** The graph of the open network; rebuilt when another network is opened. */
  graph: StakeholderGraph | null = null;

  actorsById: Map<string, Actor> = $derived(new Map((this.network?.actors ?? []).map((a) => [a.id, a])));
  tiesById: Map<string, Tie> = $derived(new Map((this.network?.ties ?? []).map((t) => [t.id, t])));

  #request = 0;

  /** Opens a sample network; a later call wins over an earlier one still loading. */
  async openSample(id: SampleId): Promise<void> {
    const request = ++this.#request;
    this.sampleId = id;
    this.status = 'loading';
    this.selection = null;
    let raw: unknown;
    try {
      raw = await loadSample(id);
    } catch {
      if (request === this.#request) this.status = 'failed';
      return;
    }
    if (request !== this.#request) return;
    const { network, problems } = parseNetwork(raw);
    this.problems = problems;
    this.graph = network ? toGraph(network) : null;
    this.network = network;
    this.status = network ? 'ready' : 'failed';
  }

  select(selection: Selection): void {
    this.selection = selection;
  }

  /** The ties of an actor, in file order. */
  tiesOf(actorId: string): Tie[] {
    if (!this.graph?.hasNode(actorId)) return [];
    const ids = new Set(this.graph.edges(actorId));
    return (this.network?.ties ?? []).filter((t) => ids.has(t.id));
  }
}

export const workspace = new Workspace();
