/**
 * Proposals from participants' phones during a mapping session, as the
 * interface reads them: on the facilitator's screen (`ProposalsDesk`: the
 * phones' link, the proposals as they come, accept, merge, decline) and on a
 * phone (`Proposer`: the session's question and the map's actors and link
 * types, read from the map's room as a viewer; this participant's proposals
 * and what became of them). Proposals travel through a room of their own on
 * the map's sharing server (proposals-connection.ts); what a proposal accepted
 * records is analysis/proposal-answers.ts's, applied as an edit of the map.
 */
import { acceptProposal, stillRecorded, type AcceptProblem } from '../analysis/proposal-answers';
import { message } from '../text/translate';
import { locale } from '../i18n/locale.svelte';
import { localize } from '../model/localized';
import type { MappingSession } from '../model/informants';
import type { Network } from '../model/types';
import {
  participantLabels,
  statusOf,
  type Participant,
  type Proposal,
  type ProposalBody,
  type ProposalStatus,
  type Verdict,
} from '../model/proposals';
import { proposalsRoom, proposeFragment, toBase64Url, type ProposalsLink } from '../share/room-key';
import type { ConnectionState } from './share-connection';
import type { MapReader, ProposalsConnection } from './proposals-connection';
import type { Sharing } from './sharing.svelte';
import type { Workspace } from './workspace.svelte';

export type ProposalsStatus = 'off' | ConnectionState;

/** A proposal as shown: who made it (their label in the session) and where it stands. */
export interface ProposalRow {
  proposal: Proposal;
  label: string;
  status: ProposalStatus;
  verdict: Verdict | null;
}

const numbered = (n: number) => locale.t('proposals.participant', { n });

function rowsOf(proposals: readonly Proposal[], verdicts: ReadonlyMap<string, Verdict>, session: MappingSession | null): ProposalRow[] {
  const mine = proposals.filter((p) => p.session === session?.id);
  const labels = participantLabels(session ?? { informants: [] }, mine, numbered);
  return mine.map((proposal) => ({
    proposal,
    label: labels.get(proposal.by.id) ?? proposal.by.id,
    status: statusOf(verdicts, proposal.id),
    verdict: verdicts.get(proposal.id) ?? null,
  }));
}

/** The facilitator's side: the proposals of one session of the shared map open now. */
export class ProposalsDesk {
  status: ProposalsStatus = $state('off');
  /** The link the phones open (shown as a QR code); empty until the proposals room is joined. */
  link = $state('');
  problem: 'unreachable' | 'closed' | null = $state(null);
  proposals: readonly Proposal[] = $state.raw([]);
  verdicts: ReadonlyMap<string, Verdict> = $state.raw(new Map());
  #connection: ProposalsConnection | null = null;
  #room: string | null = null;

  constructor(
    private readonly sharing: Sharing,
    private readonly workspace: Workspace,
    readonly sessionId: string,
  ) {}

  /** The session asked about, as the map holds it now. */
  get session(): MappingSession | null {
    return this.workspace.network?.mapping?.sessions.find((s) => s.id === this.sessionId) ?? null;
  }

  /** Every proposal of the session, oldest first, with who made it and its status. */
  get rows(): ProposalRow[] {
    return rowsOf(this.proposals, this.verdicts, this.session);
  }

  /** Whether this person may invite phones: the map is shared with them as an editor. */
  get canInvite(): boolean {
    return this.sharing.role === 'editor' && !!this.sharing.record?.token;
  }

  /**
   * Joins the map's proposals room (first, so that its editors' token is the one derived from the map's) and
   * makes the phones' link. Again for another map: the room of the one before is left.
   */
  async invite(): Promise<void> {
    const record = this.sharing.record;
    if (!record || !this.canInvite) return;
    const link = proposalsRoom(record);
    if (this.#room === link.room && this.status !== 'off') return;
    this.close();
    this.#room = link.room;
    this.problem = null;
    this.status = 'connecting';
    const { ProposalsConnection } = await import('./proposals-connection');
    const connection = await ProposalsConnection.open(link, (state) => (this.status = state));
    this.#connection = connection;
    connection.box.onchange(() => void this.#read(connection));
    const joined = await connection.join(record.server);
    if (connection !== this.#connection) return;
    if (joined !== 'synced') {
      this.problem = joined === 'closed' ? 'closed' : 'unreachable';
      return;
    }
    await this.#read(connection);
    this.link = `${new URL(record.server).origin}/#${proposeFragment(link, this.sessionId)}`;
  }

  async #read(connection: ProposalsConnection): Promise<void> {
    const { proposals, verdicts } = await connection.box.read();
    if (connection !== this.#connection) return;
    this.proposals = proposals;
    this.verdicts = verdicts;
  }

  /**
   * Accepts a proposal: it becomes the participant's answer in the session (one undoable edit of the map), and
   * their phone is told. `mergeInto`: the map's actor a proposed actor is the same as.
   */
  async accept(id: string, mergeInto?: string): Promise<AcceptProblem | 'refused' | null> {
    const row = this.rows.find((r) => r.proposal.id === id);
    const network = this.workspace.network;
    const connection = this.#connection;
    if (!row || !network || !connection) return 'missing';
    // Once judged (or being judged: a second tap while the verdict is written), a proposal is not accepted again.
    if (row.status !== 'open' || this.#judging.has(id)) return null;
    this.#judging.add(id);
    try {
      return await this.#accept(row, network, connection, id, mergeInto);
    } finally {
      this.#judging.delete(id);
    }
  }

  readonly #judging = new Set<string>();
  /** Proposals accepted from this page: an undo here takes their acceptance back (another's undo is theirs). */
  readonly #acceptedHere = new Set<string>();

  /**
   * Reopens the proposals accepted here whose answers the map no longer holds (the facilitator undid the
   * acceptance): the phone shows them pending again, and they can be accepted anew.
   */
  reconcile(network: Network | null): void {
    const connection = this.#connection;
    if (!network || !connection) return;
    for (const id of this.#acceptedHere) {
      const proposal = this.proposals.find((p) => p.id === id);
      const verdict = this.verdicts.get(id);
      if (!proposal || verdict?.status !== 'accepted' || stillRecorded(network, proposal, verdict)) continue;
      this.#acceptedHere.delete(id);
      connection.box.reopen(id);
    }
  }

  async #accept(
    row: ProposalRow,
    network: Network,
    connection: ProposalsConnection,
    id: string,
    mergeInto?: string,
  ): Promise<AcceptProblem | 'refused' | null> {
    const result = acceptProposal(network, row.proposal, { label: row.label, verdicts: this.verdicts, mergeInto, now: Date.now() });
    if ('problem' in result) return result.problem;
    if (result.edit && !this.workspace.perform(result.edit, message('proposals.acceptedEdit', { name: row.label }))) return 'refused';
    await connection.box.judge(id, result.verdict);
    if (result.verdict.status === 'accepted') this.#acceptedHere.add(id);
    return null;
  }

  /** Declines a proposal: nothing of it reaches the map; the phone is told. */
  async decline(id: string): Promise<void> {
    await this.#connection?.box.judge(id, { status: 'declined', at: Date.now() });
  }

  close(): void {
    this.#connection?.close();
    this.#connection = null;
    this.#room = null;
    this.status = 'off';
    this.link = '';
  }
}

const PARTICIPANT = 'puentes-participant';

/** A participant's id and pseudonym, kept on their phone per map (a reload keeps them who they were). */
function participantFor(room: string): Participant {
  try {
    const kept = JSON.parse(localStorage.getItem(`${PARTICIPANT}-${room}`) ?? 'null') as Participant | null;
    if (kept && typeof kept.id === 'string') return kept;
  } catch {
    // Nothing kept, or not readable: a new participant.
  }
  const participant = { id: toBase64Url(crypto.getRandomValues(new Uint8Array(9))) };
  keep(room, participant);
  return participant;
}

function keep(room: string, participant: Participant): void {
  try {
    localStorage.setItem(`${PARTICIPANT}-${room}`, JSON.stringify(participant));
  } catch {
    // Not kept: the participant is who they are for this visit.
  }
}

/** The phone's side: one participant proposing in one session. */
export class Proposer {
  status: ProposalsStatus = $state('off');
  problem: 'unreachable' | 'closed' | 'key' | 'no-session' | null = $state(null);
  /** The map as its room holds it (read only). */
  network: Network | null = $state.raw(null);
  me: Participant = $state({ id: '' });
  proposals: readonly Proposal[] = $state.raw([]);
  verdicts: ReadonlyMap<string, Verdict> = $state.raw(new Map());
  #connection: ProposalsConnection | null = null;
  #reader: MapReader | null = null;

  constructor(
    readonly link: ProposalsLink & { session: string },
    private readonly server: string,
  ) {
    this.me = participantFor(link.room);
  }

  get session(): MappingSession | null {
    return this.network?.mapping?.sessions.find((s) => s.id === this.link.session) ?? null;
  }

  /** The question, in the language shown. */
  get question(): string {
    return this.session ? localize(this.session.question, locale.current) : '';
  }

  /** This participant's proposals, oldest first, with their status. */
  get rows(): ProposalRow[] {
    const mine = this.proposals.filter((p) => p.by.id === this.me.id);
    return rowsOf(mine, this.verdicts, this.session);
  }

  /** Reads the map (as a viewer) and joins the proposals room. */
  async start(): Promise<void> {
    this.status = 'connecting';
    const { MapReader, ProposalsConnection } = await import('./proposals-connection');
    const reader = new MapReader(() => {});
    this.#reader = reader;
    const connection = await ProposalsConnection.open(this.link, (state) => (this.status = state), true);
    this.#connection = connection;
    connection.box.onchange(() => void this.#read(connection));
    await this.#read(connection);
    const [map, proposals] = await Promise.all([
      reader.join(this.link, this.server, this.me.id, (network) => (this.network = network)),
      connection.join(this.server),
    ]);
    if (!reader.opens) this.problem = 'key';
    else if (map === 'closed' || proposals === 'closed') this.problem = 'closed';
    else if (map === 'offline' || proposals === 'offline') this.problem = 'unreachable';
    else if (!this.session) this.problem = 'no-session';
  }

  async #read(connection: ProposalsConnection): Promise<void> {
    const { proposals, verdicts } = await connection.box.read();
    this.proposals = proposals;
    this.verdicts = verdicts;
  }

  /** Sets the pseudonym the facilitator sees (empty: numbered), for the proposals from now on. */
  rename(pseudonym: string): void {
    const trimmed = pseudonym.trim().slice(0, 60);
    this.me = trimmed ? { id: this.me.id, pseudonym: trimmed } : { id: this.me.id };
    keep(this.link.room, $state.snapshot(this.me));
  }

  /** Leaves a proposal; returns its id (so a link can name an actor just proposed). */
  async propose(body: ProposalBody): Promise<string | null> {
    const connection = this.#connection;
    if (!connection || !this.session) return null;
    const counters = this.proposals.filter((p) => p.by.id === this.me.id).map((p) => Number(p.id.split('-').at(-1)) || 0);
    const id = `${this.me.id}-${Math.max(0, ...counters) + 1}`;
    const proposal: Proposal = { id, session: this.session.id, by: $state.snapshot(this.me), at: Date.now(), body };
    this.proposals = [...this.proposals, proposal];
    await connection.box.propose(proposal);
    return id;
  }

  close(): void {
    this.#connection?.close();
    this.#reader?.close();
  }
}
