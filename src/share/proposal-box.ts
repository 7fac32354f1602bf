/**
 * The proposals of a mapping session's participants, kept in a Yjs document
 * of their own (a second room on the sharing server, room-key.ts
 * `proposalsRoom`). Each proposal is one value under its own key (the
 * participant's id and a counter), so thirty phones writing at once never
 * overwrite each other; the facilitator's verdicts are values of another map
 * under the same keys, so a phone's proposal and its verdict never collide
 * either. Every value is sealed with the map's key (sealed.ts), its kind and
 * key as additional data: the server reads nothing, and a value cannot be
 * moved to another key.
 */
import * as Y from 'yjs';
import type { RoomKeys } from './room-key';
import { open, seal } from './sealed';
import { readProposal, readVerdict, type Proposal, type Verdict } from '../model/proposals';

/** What the box holds, opened: the proposals oldest first, the verdicts by proposal id. */
export interface ProposalsRead {
  proposals: Proposal[];
  verdicts: Map<string, Verdict>;
  /** Values that did not open (another key, changed on the way) or are not proposals. */
  unreadable: number;
}

export class ProposalBox {
  readonly proposals: Y.Map<Uint8Array>;
  readonly verdicts: Y.Map<Uint8Array>;
  /** Each sealed value opened once (the values are replaced, never changed in place). */
  readonly #opened = new WeakMap<Uint8Array, unknown>();

  constructor(
    readonly doc: Y.Doc,
    private readonly keys: RoomKeys,
  ) {
    this.proposals = doc.getMap('proposals');
    this.verdicts = doc.getMap('verdicts');
  }

  /** Leaves a proposal (a phone's write). */
  async propose(proposal: Proposal): Promise<void> {
    const sealed = await seal(this.keys, `proposal\u0000${proposal.id}`, proposal);
    this.proposals.set(proposal.id, sealed);
  }

  /** Takes a verdict back: the proposal is open again (its acceptance was undone on the map). */
  reopen(id: string): void {
    this.verdicts.delete(id);
  }

  /** Gives a proposal its verdict (the facilitator's write). */
  async judge(id: string, verdict: Verdict): Promise<void> {
    const sealed = await seal(this.keys, `verdict\u0000${id}`, verdict);
    this.verdicts.set(id, sealed);
  }

  async #open(kind: 'proposal' | 'verdict', key: string, bytes: Uint8Array): Promise<unknown> {
    if (this.#opened.has(bytes)) return this.#opened.get(bytes);
    const value = await open(this.keys, `${kind}\u0000${key}`, bytes);
    this.#opened.set(bytes, value);
    return value;
  }

  /** Everything the box holds now, opened and checked. */
  async read(): Promise<ProposalsRead> {
    let unreadable = 0;
    const proposals: Proposal[] = [];
    for (const [key, bytes] of this.proposals) {
      const proposal = readProposal(await this.#open('proposal', key, bytes), key);
      if (proposal) proposals.push(proposal);
      else unreadable++;
    }
    const verdicts = new Map<string, Verdict>();
    for (const [key, bytes] of this.verdicts) {
      const verdict = readVerdict(await this.#open('verdict', key, bytes));
      if (verdict) verdicts.set(key, verdict);
      else unreadable++;
    }
    proposals.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    return { proposals, verdicts, unreadable };
  }

  /** Calls `listener` whenever a proposal or a verdict is added or changed, here or elsewhere; returns the call that stops it. */
  onchange(listener: () => void): () => void {
    this.proposals.observe(listener);
    this.verdicts.observe(listener);
    return () => {
      this.proposals.unobserve(listener);
      this.verdicts.unobserve(listener);
    };
  }
}
