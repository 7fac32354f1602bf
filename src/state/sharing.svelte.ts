/**
 * Sharing the open scenario with a working group: the state the interface
 * reads (whether this map is shared, the connection, who is here, the links)
 * and the glue between the workspace and the shared map (share-connection.ts,
 * loaded when first needed). A shared scenario stays an ordinary scenario of
 * this browser — saved by the journal at every edit, analysed, exported,
 * compared, presented as any other — and also lives in the room: each edit
 * made here is written to the room; each change made elsewhere comes back as
 * an edit applied in place (model/edit-between.ts). Which scenario is shared
 * where is kept in this browser's local storage, with the room's key: the
 * device is trusted, the server is not.
 */
import { arrivedRecordsEdit, editBetween, editOfChanges, mappingEditBetween, recordsEditBetween } from '../model/edit-between';
import { withInformantNamesOf } from '../model/informants';
import { updateActors, updateTies, type ActorPatch, type Edit, type TiePatch } from '../model/edits';
import { message } from '../text/translate';
import { fieldLabel } from '../io/field-words';
import type { LogEntry, LoggedChange } from '../share/shared-network';
import type { Slide } from '../store/records';
import type { Actor, Network, Tie } from '../model/types';
import type { Extent } from './viewport.svelte';
import { linkFragment, newRoom, toBase64Url, type RoomLink } from '../share/room-key';
import { localize } from '../model/localized';
import { locale } from '../i18n/locale.svelte';
import { ShareStore, type Person, type ShareRecord } from '../store/share-store';
import type { ConnectionState, Presence, ShareConnection } from './share-connection';
import type { Scenarios } from './scenarios.svelte';
import type { Workspace } from './workspace.svelte';
import type { Position, ViewState } from './view.svelte';

export type { ShareRecord } from '../store/share-store';

export type ShareStatus = 'off' | ConnectionState;
/** An edit of the history, with the name and colour of who made it. */
export type HistoryRow = LogEntry & { name: string; color: string };
export type ShareProblem = 'closed' | 'key' | 'sealed' | 'unreachable' | 'empty';

/** The colours people are told apart by (distinct for the colour-blind in pairs, dark enough for white text). */
export const PEOPLE_COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];

function newPerson(): Person {
  // Not crypto.randomUUID: browsers offer it only on https and localhost, not at a workshop server's http address.
  const id = toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
  return { id, name: '', color: PEOPLE_COLOURS[id.charCodeAt(0) % PEOPLE_COLOURS.length]! };
}

export class Sharing {
  status: ShareStatus = $state('off');
  role: 'editor' | 'viewer' | null = $state(null);
  record: ShareRecord | null = $state.raw(null);
  peers: (Presence & { client: number })[] = $state.raw([]);
  problem: ShareProblem | null = $state(null);
  /** The actors the others select, each with the colour of (the first of) those selecting it. */
  othersSelect: ReadonlyMap<string, string> = $derived(
    new Map(this.peers.toReversed().flatMap((peer) => peer.selection.map((id) => [id, peer.color] as const))),
  );
  /** Counts the changes made here and elsewhere, so the history shown follows them. */
  revision = $state(0);
  /** This person: the name they give the group and their colour (kept in this browser). */
  me: Person = $state(newPerson());
  /** A link is being opened: what shows until then is not the shared map (a banner says so). */
  joining = $state(false);
  /** The shares of this browser and this person are read: a shared scenario may join its room. */
  ready = $state(false);

  #connection: ShareConnection | null = null;
  #store: ShareStore | null = null;
  #shares: ShareRecord[] = [];
  /** The writes to the room, one after another in the order the edits were made. */
  #busy: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly workspace: Workspace,
    private readonly scenarios: Scenarios,
    private readonly view: ViewState,
  ) {}

  /** The link to give editors (with the token) or viewers, at the server's page. */
  linkFor(as: 'editor' | 'viewer'): string {
    const record = this.record;
    if (!record || (as === 'editor' && !record.token)) return '';
    return `${new URL(record.server).origin}/#${linkFragment(record, as)}`;
  }

  /** Reads which scenarios are shared and who this person is (once, as the page starts). */
  async init(): Promise<void> {
    try {
      this.#store = await ShareStore.open();
      this.#shares = await this.#store.shares();
      const me = await this.#store.person();
      if (me) this.me = me;
      else await this.#store.setPerson($state.snapshot(this.me));
    } catch {
      // No local database: sharing still works for this visit, and is not remembered.
    }
    this.ready = true;
  }

  async rename(name: string): Promise<void> {
    this.me = { ...this.me, name };
    await this.#store?.setPerson($state.snapshot(this.me));
    await this.#connection?.rename(name || locale.t('share.anonymous'));
  }

  async #remember(record: ShareRecord): Promise<void> {
    this.#shares = [...this.#shares.filter((s) => s.scenario !== record.scenario), record];
    await this.#store?.put(record);
  }

  async #forget(scenario: string): Promise<void> {
    this.#shares = this.#shares.filter((s) => s.scenario !== scenario);
    await this.#store?.remove(scenario);
  }

  /** The shared map of a scenario of this browser, if it is one. */
  shareOf(scenario: string): ShareRecord | null {
    return this.#shares.find((s) => s.scenario === scenario) ?? null;
  }

  /** Shares the open scenario on `server` (a page address): a new room holding it; the links are then ready. */
  async share(server: string): Promise<void> {
    const network = this.workspace.network;
    if (!network) return;
    if (!this.scenarios.current) {
      // A sample as it ships is not a scenario yet: it becomes one, as a first edit makes it.
      await this.scenarios.create(network, localize(network.title, locale.current), { kind: 'copy', of: network.id });
    }
    const scenario = this.scenarios.current;
    if (!scenario) return;
    const room = newRoom();
    const record: ShareRecord = { ...room, scenario: scenario.id, server };
    const connection = await this.#open(record);
    // Joined first (a new room is empty), so that each part of the map goes as it is sealed.
    this.progress = 0;
    try {
      const joined = await connection.connect();
      if (joined !== 'synced') {
        // Written offline, the whole map would go as one message on reconnecting, over the server's limit.
        this.leave();
        throw new Error(locale.t('share.problem.unreachable'));
      }
      const started = this.workspace.network!;
      await connection.start(
        started,
        { slides: $state.snapshot(this.scenarios.slides), details: { name: scenario.name } },
        { positions: this.view.positions, pinned: this.view.pinned },
        (share) => (this.progress = share),
      );
      // An edit made while the parts were going (a later part held the values from before it) is written again.
      const now = this.workspace.network;
      if (now && now !== started) await this.#write(connection, started, now);
      await this.#remember(record);
    } finally {
      this.progress = null;
    }
  }

  /** While a map is being shared: how much of it is sealed and sent (0–1); null otherwise. */
  progress: number | null = $state(null);

  /**
   * Opens the map of a link: the scenario of this browser that holds it, or a new one made from the room once it
   * is reached. `server` is the page the link was opened at.
   */
  async join(link: RoomLink, server: string): Promise<void> {
    this.joining = true;
    try {
      await this.#join(link, server);
    } finally {
      this.joining = false;
    }
  }

  async #join(link: RoomLink, server: string): Promise<void> {
    this.problem = null;
    const known = this.#shares.find((s) => s.room === link.room);
    if (known && this.scenarios.list.some((s) => s.id === known.scenario)) {
      // A viewer given an editor's link later becomes an editor.
      if (link.token && !known.token) await this.#remember({ ...known, token: link.token });
      if (this.scenarios.current?.id === known.scenario) await this.resume(known.scenario);
      else await this.scenarios.open(known.scenario);
      return;
    }
    const record: ShareRecord = { ...link, scenario: '', server };
    const connection = await this.#open(record);
    const joined = await connection.connect();
    if (joined !== 'synced') {
      if (joined === 'offline') this.problem = 'unreachable';
      this.leave();
      return;
    }
    await connection.map.settled();
    const network = connection.map.network();
    if (!network) {
      this.problem = connection.map.problems.some((p) => p.kind === 'key') ? 'key' : 'empty';
      this.leave();
      return;
    }
    const details = connection.map.part('details') as { name?: string } | undefined;
    const slides = connection.map.part('slides');
    // The scenario this browser keeps of the room; opening it (below) reconnects to the room.
    this.leave();
    // Drawn where the group has its actors (a layout run here would move them for everyone).
    const places = connection.map.places();
    await this.scenarios.create(
      network,
      details?.name ?? localize(network.title, locale.current),
      { kind: 'copy', of: network.id },
      Object.keys(places.positions).length > 0 ? places.positions : undefined,
    );
    if (places.pinned.length > 0) this.view.recordPositions({}, places.pinned);
    const scenario = this.scenarios.current;
    if (!scenario) return;
    await this.#remember({ ...record, scenario: scenario.id });
    if (Array.isArray(slides)) this.scenarios.setSlides(slides as Slide[]);
    await this.resume(scenario.id);
  }

  /**
   * Reconnects the open scenario to its room, if it is shared: the device's copy of the room is opened first, what
   * this browser saved but the room copy lacks (an edit the page was closed on) is written to it, and then the
   * room is joined, which sends it.
   */
  async resume(scenario: string): Promise<void> {
    const record = this.shareOf(scenario);
    if (!record) {
      // Another scenario opened: the room of the one before is left (not the one being shared or joined now).
      if (this.record && this.record.scenario && this.record.scenario !== scenario) this.leave();
      return;
    }
    // Already joined, or joining.
    if (this.record?.room === record.room) return;
    this.leave();
    const connection = await this.#open(record);
    const shown = this.workspace.network;
    const room = shown ? await connection.reconcile(shown) : null;
    // What others wrote that this browser had not saved yet comes in as any change from elsewhere does.
    const edit = room && shown && this.workspace.network === shown ? editBetween(shown, room) : null;
    if (edit) this.workspace.applyRemote(edit);
    // The engagement records too: the room's, with what this browser had and the room lacked already written to it.
    const records = room && this.workspace.network ? recordsEditBetween(this.workspace.network, room) : null;
    if (records) this.workspace.applyRemote(records);
    // Actors the others moved meanwhile are drawn where they put them.
    this.#movePlaces(connection, new Set(Object.keys(connection.map.places().positions)));
    connection.map.takeMoved();
    await connection.connect();
  }

  async #open(record: ShareRecord): Promise<ShareConnection> {
    this.record = record;
    this.role = record.token ? 'editor' : 'viewer';
    this.workspace.viewOnly = !record.token;
    this.status = 'connecting';
    const { ShareConnection } = await import('./share-connection');
    const connection = await ShareConnection.open(
      record,
      record.server,
      { ...$state.snapshot(this.me), name: this.me.name || locale.t('share.anonymous'), selection: [], editor: !!record.token },
      {
        remote: () => this.#remote(connection),
        state: (state) => (this.status = state),
        peers: (peers) => (this.peers = peers),
        problem: (problem) => (this.problem = problem),
      },
    );
    const problems = await connection.load();
    if (problems.some((p) => p.kind === 'key')) this.problem = 'key';
    this.#connection = connection;
    this.workspace.onLocalEdit = (before, after) => void this.#write(connection, before, after);
    this.workspace.undoer = {
      undo: () => this.#step(connection, 'undo'),
      redo: () => this.#step(connection, 'redo'),
    };
    return connection;
  }

  /**
   * Undoes or redoes this person's last edit in the room, and puts it in the history as theirs: in turn after the
   * writes under way (an edit whose write is still being sealed is the one undone).
   */
  #step(connection: ShareConnection, step: 'undo' | 'redo'): boolean {
    const stack = step === 'undo' ? connection.undo.undoStack : connection.undo.redoStack;
    if (stack.length === 0 && this.#writing === 0) return false;
    void this.#queue(async () => {
      if (await connection.step(step)) this.revision++;
    });
    return true;
  }

  /** This person's writes queued and not done yet. */
  #writing = 0;

  #write(connection: ShareConnection, before: Network, after: Network): Promise<unknown> {
    this.#writing++;
    return this.#queue(async () => {
      try {
        await connection.write(before, after);
        this.revision++;
      } finally {
        this.#writing--;
      }
    });
  }

  /** Runs `task` after the writes and arrivals before it; one that fails does not stop those after it. */
  #queue(task: () => unknown): Promise<unknown> {
    this.#busy = this.#busy.then(task).catch((error: unknown) => console.error('puentes: sharing', error));
    return this.#busy;
  }

  /**
   * A change made elsewhere: what it touched, brought from the room's network into the one shown, in place. After
   * this person's writes under way, so that a field both changed shows what the room kept.
   */
  #remote(connection: ShareConnection): void {
    void this.#queue(() => this.#applyRemote(connection));
  }

  #applyRemote(connection: ShareConnection): void {
    if (connection !== this.#connection) return;
    // Another scenario opened meanwhile (its room is left right after): nothing of this room goes into it.
    if (this.record?.scenario && this.record.scenario !== this.scenarios.current?.id) return;
    this.revision++;
    // The slides are one value of the room: the latest written replaces the list (saved here as any change).
    const slides = connection.map.part('slides');
    if (Array.isArray(slides) && JSON.stringify(slides) !== JSON.stringify($state.snapshot(this.scenarios.slides))) {
      this.scenarios.setSlides(slides as Slide[]);
    }
    this.#movePlaces(connection, connection.map.takeMoved());
    const next = connection.map.network();
    const shown = this.workspace.network;
    if (!next || !shown) return;
    const touched = connection.map.takeArrived();
    // The mapping sessions' answers (a facilitator's table, proposals accepted) are one value of the room's meta.
    // The names this device holds for informants never went to the room: they stay.
    const roomMapping = next.mapping && withInformantNamesOf(next.mapping, shown.mapping);
    const answers = mappingEditBetween(shown, { ...next, mapping: roomMapping });
    if (answers) this.workspace.applyRemote(answers);
    // Meetings, commitments and incidents: each a value of the room, merged there; those that arrived come in.
    const records = arrivedRecordsEdit(this.workspace.network ?? shown, next, touched.record);
    if (records) this.workspace.applyRemote(records);
    let edit: Edit | null;
    try {
      edit = editOfChanges(shown, next, touched);
      if (edit) this.workspace.applyRemote(edit);
    } catch (error) {
      // What arrived does not apply as it stands (a record changed here meanwhile): the whole comparison instead.
      console.warn('puentes: sharing, a change compared whole', error);
      edit = editBetween(shown, next);
      if (edit) this.workspace.applyRemote(edit);
    }
  }

  /** Draws the actors `ids` where the room has them, if elsewhere here. */
  #movePlaces(connection: ShareConnection, ids: ReadonlySet<string>): void {
    if (ids.size === 0) return;
    const { positions, pinned } = connection.map.places();
    const here = this.view.positions;
    const moved: Record<string, Position> = {};
    for (const id of ids) {
      const there = positions[id];
      if (there && (Math.abs((here[id]?.x ?? Infinity) - there.x) >= 0.5 || Math.abs((here[id]?.y ?? Infinity) - there.y) >= 0.5))
        moved[id] = there;
    }
    const pins = pinned.filter((id) => ids.has(id) && !this.view.pinned.includes(id));
    if (Object.keys(moved).length > 0 || pins.length > 0) this.view.recordPositions(moved, pins);
  }

  /**
   * The network drawing placed actors: by hand (`byHand`, dragged) or by a layout. What this person placed by hand
   * reaches the group's drawing (an editor's; not a step of their undo). A layout they run, or places a drawing
   * finds by itself (a network opened, an actor added), stay on their screen: one person looking at the network
   * grouped by region does not rearrange everyone's.
   */
  placesMoved(positions: Record<string, Position>, byHand: readonly string[]): void {
    const connection = this.#connection;
    if (!connection || this.role !== 'editor' || byHand.length === 0) return;
    const moved = Object.fromEntries(byHand.flatMap((id) => (positions[id] ? [[id, positions[id]]] : [])));
    const pinned = this.view.pinned;
    void this.#queue(() => connection.writePlaces(moved, pinned));
  }

  /** The history of the shared map, newest first, each edit with the name and colour of who made it. */
  async history(): Promise<{ rows: HistoryRow[]; unreadable: number }> {
    const connection = this.#connection;
    if (!connection) return { rows: [], unreadable: 0 };
    await connection.map.settled();
    const { entries, unreadable } = await connection.map.history();
    const people = connection.map.people();
    const rows = entries
      .map((entry) => {
        const person = people.get(entry.by);
        return { ...entry, name: person?.name || locale.t('share.anonymous'), color: person?.color ?? '#7f7f7f' };
      })
      .sort((a, b) => b.at - a.at);
    return { rows, unreadable };
  }

  /** Sets a field back to a value it had (a row of the history): an edit of this person's, undone as any other. */
  restore(change: LoggedChange): void {
    const network = this.workspace.network;
    if (!network) return;
    const record = change.kind === 'actor' ? this.workspace.actorsById.get(change.id) : undefined;
    const label = message('share.restored', { field: fieldLabel(change.field, locale.current), name: record?.name ?? change.id });
    if (change.kind === 'actor' && this.workspace.actorsById.has(change.id)) {
      this.workspace.perform(updateActors(network, [change.id], { [change.field]: change.before } as ActorPatch), label);
    } else if (change.kind === 'tie' && this.workspace.tiesById.has(change.id)) {
      this.workspace.perform(updateTies(network, [change.id], { [change.field]: change.before } as TiePatch), label);
    }
  }

  /**
   * Brings back an actor or a tie an edit of the history removed (`id`, of `row`), whole, as it was: an actor with
   * those of its ties the same edit removed whose other end is still here. An edit of this person's, undone as any
   * other.
   */
  restoreRemoved(row: LogEntry, kind: 'actor' | 'tie', id: string): void {
    const network = this.workspace.network;
    if (!network) return;
    const recordOf = (k: 'actor' | 'tie', of: string) => {
      const fields = row.changes.filter((c) => c.kind === k && c.id === of && c.field !== '#' && c.before !== undefined);
      return { id: of, ...Object.fromEntries(fields.map((c) => [c.field, structuredClone(c.before)])) };
    };
    const removed = (k: 'actor' | 'tie') =>
      new Set(
        row.changes.filter((c) => c.kind === k && c.field === '#' && c.before !== undefined && c.after === undefined).map((c) => c.id),
      );
    const actors = kind === 'actor' && !this.workspace.actorsById.has(id) ? [recordOf('actor', id) as unknown as Actor] : [];
    const present = new Set([...this.workspace.actorsById.keys(), ...actors.map((a) => a.id)]);
    const tieIds = kind === 'tie' ? [id] : [...removed('tie')];
    const ties = tieIds
      .filter((t) => !this.workspace.tiesById.has(t))
      .map((t) => recordOf('tie', t) as unknown as Tie)
      .filter((t) => present.has(t.source) && present.has(t.target) && (kind === 'tie' || t.source === id || t.target === id));
    if (actors.length === 0 && ties.length === 0) return;
    const edits: Edit[] = [];
    if (actors.length > 0)
      edits.push({ kind: 'insertActors', items: actors.map((actor, i) => ({ index: network.actors.length + i, actor })) });
    if (ties.length > 0) edits.push({ kind: 'insertTies', items: ties.map((tie, i) => ({ index: network.ties.length + i, tie })) });
    const name =
      actors[0]?.name ??
      (ties[0]
        ? `${this.workspace.actorsById.get(ties[0].source)?.name ?? ties[0].source} – ${this.workspace.actorsById.get(ties[0].target)?.name ?? ties[0].target}`
        : id);
    this.workspace.perform(edits.length === 1 ? edits[0]! : { kind: 'batch', edits }, message('share.restoredRecord', { name }));
  }

  /** The slides changed here: the room gets them (an editor's change; nothing when they are the room's already). */
  slidesChanged(slides: Slide[]): void {
    const connection = this.#connection;
    if (!connection || this.role !== 'editor') return;
    void this.#queue(() => connection.writePart('slides', slides));
  }

  /** Tells the others what this person has selected, which view they show (and what part of it), which slide they present. */
  tell(ids: string[], view: string, slide: number | null, extent: Extent | null = null): void {
    void this.#connection?.presence(ids, { view, slide, extent });
  }

  /** The person this one follows (their id), whose slide and view are shown here; null: nobody. */
  following: string | null = $state(null);

  /** The person followed, as they are now (null when they left). */
  get leader(): (Presence & { client: number }) | null {
    return this.peers.find((p) => p.id === this.following) ?? null;
  }

  /**
   * Publishes a fixed copy of `network` (the network as a redaction profile shows it) in a room of its own, for a
   * workshop's screen or the wider group: returns its viewing link. Later changes do not reach the copy.
   */
  async publishCopy(network: Network, name: string): Promise<string> {
    const server = this.record?.server;
    if (!server) return '';
    const { ShareConnection } = await import('./share-connection');
    const room = newRoom();
    const me = { ...$state.snapshot(this.me), selection: [], editor: true };
    const events = { remote: () => {}, state: () => {}, peers: () => {}, problem: () => {} };
    const copy = await ShareConnection.open(room, server, me, events, false);
    await copy.connect();
    await copy.start(network, { slides: [], details: { name } });
    const sent = await copy.sent();
    copy.close();
    if (!sent) throw new Error(locale.t('share.problem.unreachable'));
    return `${new URL(server).origin}/#${linkFragment(room, 'viewer')}`;
  }

  /** Moves the open scenario to a new room with a new key: the old links are told it is no longer shared there. */
  async rotate(): Promise<void> {
    const server = this.record?.server;
    if (!server || this.role !== 'editor') return;
    await this.stop();
    await this.share(server);
  }

  /** Stops sharing the open scenario: the room is closed (old links say so); this browser keeps it as a scenario. */
  async stop(): Promise<void> {
    const connection = this.#connection;
    const record = this.record;
    if (!connection || !record) return;
    connection.closeRoom();
    await new Promise((r) => setTimeout(r, 200));
    await connection.forget();
    await this.#forget(record.scenario);
    this.leave();
  }

  /**
   * Leaves the room for good, keeping the map as a local scenario of this browser: the others go on sharing it;
   * changes here no longer reach them, nor theirs here.
   */
  async detach(): Promise<void> {
    const connection = this.#connection;
    const record = this.record;
    if (!connection || !record) return;
    await connection.forget();
    await this.#forget(record.scenario);
    this.leave();
  }

  /** Leaves the room (another scenario opens): nothing of it is forgotten. */
  leave(): void {
    this.#connection?.close();
    this.#connection = null;
    this.record = null;
    this.role = null;
    this.status = 'off';
    this.peers = [];
    this.workspace.viewOnly = false;
    this.workspace.onLocalEdit = null;
    this.workspace.undoer = null;
  }
}

/** A link to a shared map in the page's address (`#share=…`), taken out of it before the views read their route. */
let addressLink: RoomLink | null = null;

/** Reads a link to a shared map from the address once, and leaves the address at the network (main.ts calls it). */
export function takeShareLink(parse: (fragment: string) => RoomLink | { problem: string }): void {
  const found = parse(location.hash);
  if ('problem' in found) return;
  addressLink = found;
  history.replaceState(null, '', `${location.pathname}${location.search}#/network`);
}

/** The link taken from the address, once. */
export function linkFromAddress(): RoomLink | null {
  const link = addressLink;
  addressLink = null;
  return link;
}
