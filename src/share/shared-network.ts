/**
 * A network kept in a Yjs document, sealed for the server (sealed.ts). Every
 * field of every actor and tie is a value of its own in one Y.Map, so Yjs
 * merges per field: two people changing different fields of one actor both
 * keep their change, and the same field changed at once resolves to one value,
 * the same on every copy (Yjs orders concurrent writes by client id). Each
 * value carries who wrote it and when.
 *
 * A record is there while its identity value (field `#`, holding its place in
 * the list) is; deleting a record deletes all its values, so a field written
 * by someone else at the same moment is left without a record, and ignored.
 * A tie whose ends are not both there is left out. The network's title,
 * sources and facts, and the scenario's slides, view and details, are one
 * value each. Each engagement record (a meeting, a commitment, an incident) is
 * one value too, so two people recording two meetings at once both keep theirs.
 *
 * The document changes in two ways: `write` seals what a local edit changed
 * (`changesOf(before, after)`) and sets it in one transaction of `origin`
 * (the origin a `Y.UndoManager` tracks, so each person undoes their own
 * edits); anything else (another person, an undo) is opened as it arrives and
 * reported to `onchange`, in order.
 */
import * as Y from 'yjs';
import type { Network, NetworkMeta } from '../model/types';
import { RECORD_FIELDS, type RecordField } from '../model/records';
import { withoutInformantNames, type Mapping } from '../model/informants';
import { hiddenName, open, seal } from './sealed';
import type { RoomKeys } from './room-key';

/**
 * What a value is: a field of an actor or a tie (`#`: the record's place), one of the scenario's whole values, a
 * person of the group (their name and colour, so the history names people who are not here now), or where an
 * actor is drawn (`place`: the group's arrangement of the drawing).
 */
export type SlotKey =
  | { kind: 'actor' | 'tie'; id: string; field: string }
  | { kind: 'scenario'; id: ScenarioPart; field: '' }
  | { kind: 'person'; id: string; field: '' }
  | { kind: 'place'; id: string; field: '' }
  | { kind: 'record'; id: string; field: '' };
/** The network's meta as the room holds it: informants' names stay on the device they were entered on. */
function roomMeta<M extends { mapping?: Mapping }>(meta: M): M {
  return meta.mapping ? { ...meta, mapping: withoutInformantNames(meta.mapping) } : meta;
}
/**
 * The meta but its engagement records (each is a value of its own, `record`), as the room holds it: informants'
 * names stay on the device they were entered on.
 */
function metaOf(network: Network): NetworkMeta {
  const { actors: _a, ties: _t, engagements: _e, commitments: _c, incidents: _i, ...meta } = network;
  // A list the network has, even empty, is marked by an empty one; its records are values of their own.
  const present: Partial<Pick<NetworkMeta, RecordField>> = {};
  for (const field of RECORD_FIELDS) if (network[field] !== undefined) present[field] = [];
  return roomMeta({ ...meta, ...present });
}

/** A record's value: where it stands in its list, and the record. */
interface RecordValue {
  place: number;
  record: { id: string };
}
const recordKey = (field: RecordField, id: string) => `${field}/${id}`;

export type ScenarioPart = 'meta' | 'slides' | 'view' | 'details' | 'check';

type Position = { x: number; y: number };

/** Where an actor is drawn, rounded to a tenth of a unit; `pinned`: placed by hand. */
interface Place {
  x: number;
  y: number;
  pinned?: boolean;
}

/** A value as stored: what it is, the value, who wrote it and when (ms since 1970). */
export type SlotEntry = SlotKey & { value: unknown; by: string; at: number };

/** A value to set (`value` present) or delete. */
export type SlotChange = SlotKey & { value?: unknown };

/**
 * Fields of actors and ties, by record id, that changed (`#`: the record was added or removed); and the engagement
 * records set or removed, as `field/id` (`engagements/m1`).
 */
export interface Arrived {
  actor: Map<string, Set<string>>;
  tie: Map<string, Set<string>>;
  record: Set<string>;
}

/** One change of the history: a field of a record, its value before and after (`undefined`: absent). */
export interface LoggedChange {
  kind: 'actor' | 'tie';
  id: string;
  field: string;
  before?: unknown;
  after?: unknown;
}

/** One edit of the history: who made it, when, and what it changed; `step`: an undo or a redo of theirs. */
export interface LogEntry {
  by: string;
  at: number;
  changes: LoggedChange[];
  step?: 'undo' | 'redo';
}

/** What does not open, and where. `key`: the link's key does not open this map at all; `sealed`: one value was changed. */
export interface SealProblem {
  kind: 'key' | 'sealed';
  name: string;
}

const IDENTITY = '#';
/** Values sealed and written at a time when a map is first shared (about 0.3 MB, a tenth of a second's sealing). */
const START_PART = 2000;
/** The value every map holds so that a wrong key is told from a damaged value: it opens only with the map's key. */
const CHECK_VALUE = 'puentes';

export const plainName = (key: SlotKey) => `${key.kind}\u0000${key.id}\u0000${key.field}`;

/** The map of values in a document. */
export const slotsOf = (doc: Y.Doc) => doc.getMap<Uint8Array>('slots');
/** The history of a document: one sealed entry per edit, appended (never changed). */
export const logOf = (doc: Y.Doc) => doc.getArray<Uint8Array>('log');
/** The name every history entry is sealed under. */
const LOG = 'log';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function isEntry(value: unknown): value is SlotEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.kind === 'actor' || v.kind === 'tie' || v.kind === 'scenario' || v.kind === 'person' || v.kind === 'place' || v.kind === 'record') &&
    typeof v.id === 'string' &&
    typeof v.field === 'string' &&
    typeof v.by === 'string' &&
    typeof v.at === 'number'
  );
}

export class SharedNetwork {
  readonly doc: Y.Doc;
  readonly slots: Y.Map<Uint8Array>;
  readonly log: Y.Array<Uint8Array>;
  /** The history entries opened, by their sealed bytes (the array only grows; concurrent entries may interleave). */
  readonly #logOpened = new WeakMap<Uint8Array, LogEntry | null>();
  /** The origin of this person's own writes. */
  readonly origin: object = { local: true };
  /**
   * The origin of this person's writes that are not steps of their undo: their moves of the drawing, the first
   * share, their name, the slides (the slides and the workspace's undo are apart; Ctrl+Z undoes edits only).
   */
  readonly placing: object = { local: true, untracked: true };
  /** The values opened, by hidden name. */
  readonly #open = new Map<string, SlotEntry>();
  /** The same values of actors and ties by record (`kind\0id`) and field; the scenario's parts and people by id. */
  readonly #records = new Map<string, Map<string, SlotEntry>>();
  readonly #parts = new Map<string, SlotEntry>();
  readonly #people = new Map<string, SlotEntry>();
  readonly #places = new Map<string, SlotEntry>();
  /** Engagement records by `field/id`. */
  readonly #logbook = new Map<string, SlotEntry>();
  /** Actors whose place came from elsewhere since `takeMoved`. */
  #moved = new Set<string>();
  /** Each record as `network()` last built it, kept until one of its values changes. */
  readonly #built = new Map<string, Record<string, unknown>>();
  /** The fields of records whose values were opened from elsewhere since `takeArrived` (`#`: added or removed). */
  #arrived: Arrived = { actor: new Map(), tie: new Map(), record: new Set() };
  readonly #names = new Map<string, string>();
  #queue: Promise<void> = Promise.resolve();
  #listeners: ((problems: SealProblem[]) => void)[] = [];
  /** Opened (`load`): values arriving before are opened by `load` itself. Locked: the key does not open this map. */
  #state: 'new' | 'open' | 'locked' = 'new';
  readonly problems: SealProblem[] = [];

  constructor(
    doc: Y.Doc,
    private readonly keys: RoomKeys,
    /** Who writes from here: a person's id, stored with every value. */
    private readonly author: string,
    private readonly now: () => number = Date.now,
  ) {
    this.doc = doc;
    this.slots = slotsOf(doc);
    this.log = logOf(doc);
    this.slots.observe((event, transaction) => {
      if (transaction.origin === this.origin || transaction.origin === this.placing || this.#state === 'locked') return;
      const keys = [...event.keysChanged];
      this.#enqueue(async () => {
        // Before `load`, which opens every value there is by then (queued after this).
        if (this.#state !== 'open') return;
        const problems: SealProblem[] = [];
        for (const name of keys) await this.#openOne(name, problems);
        this.problems.push(...problems);
        for (const listener of this.#listeners) listener(problems);
      });
    });
  }

  /** Calls `listener` after values written elsewhere (another person, an undo) are opened, with what did not open. */
  onchange(listener: (problems: SealProblem[]) => void): () => void {
    this.#listeners.push(listener);
    return () => (this.#listeners = this.#listeners.filter((l) => l !== listener));
  }

  /** Runs after everything received so far has been opened. */
  settled(): Promise<void> {
    return this.#queue;
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    this.#queue = this.#queue.then(task, task);
    return this.#queue;
  }

  async #name(key: SlotKey): Promise<string> {
    const plain = plainName(key);
    let name = this.#names.get(plain);
    if (!name) {
      name = await hiddenName(this.keys, plain);
      this.#names.set(plain, name);
    }
    return name;
  }

  async #openOne(name: string, problems: SealProblem[]): Promise<void> {
    const sealed = this.slots.get(name);
    if (sealed === undefined) {
      const gone = this.#open.get(name);
      if (gone) this.#arrive(gone);
      this.#delete(name);
      return;
    }
    const value = await open(this.keys, name, sealed);
    // A value that does not open, or opens as something else than was sealed under its name, is not applied.
    if (!isEntry(value) || (await this.#name(value)) !== name) {
      problems.push({ kind: 'sealed', name });
      return;
    }
    this.#set(name, value);
    this.#arrive(value);
  }

  #arrive(key: SlotKey): void {
    if (key.kind === 'place') this.#moved.add(key.id);
    if (key.kind === 'record') this.#arrived.record.add(key.id);
    if (key.kind !== 'actor' && key.kind !== 'tie') return;
    const records = this.#arrived[key.kind];
    const fields = records.get(key.id) ?? new Set<string>();
    fields.add(key.field);
    records.set(key.id, fields);
  }

  /** Keeps an opened value, and the indexes by record and by part. */
  #set(name: string, entry: SlotEntry): void {
    // A name is the hidden name of one key: a value set again keeps its place among its record's fields.
    this.#open.set(name, entry);
    if (entry.kind === 'scenario') this.#parts.set(entry.id, entry);
    else if (entry.kind === 'person') this.#people.set(entry.id, entry);
    else if (entry.kind === 'place') this.#places.set(entry.id, entry);
    else if (entry.kind === 'record') this.#logbook.set(entry.id, entry);
    else {
      const record = `${entry.kind}\u0000${entry.id}`;
      const fields = this.#records.get(record) ?? new Map<string, SlotEntry>();
      fields.set(entry.field, entry);
      this.#records.set(record, fields);
      this.#built.delete(record);
    }
  }

  #delete(name: string): void {
    const entry = this.#open.get(name);
    if (!entry) return;
    this.#open.delete(name);
    if (entry.kind === 'scenario') this.#parts.delete(entry.id);
    else if (entry.kind === 'person') this.#people.delete(entry.id);
    else if (entry.kind === 'place') this.#places.delete(entry.id);
    else if (entry.kind === 'record') this.#logbook.delete(entry.id);
    else {
      const record = `${entry.kind}\u0000${entry.id}`;
      const fields = this.#records.get(record);
      fields?.delete(entry.field);
      if (fields?.size === 0) this.#records.delete(record);
      this.#built.delete(record);
    }
  }

  /**
   * The fields of actors and ties whose values came from elsewhere (another person, an undo) since the last call,
   * by record id (`#`: the record was added or removed): what a change made elsewhere touched.
   */
  takeArrived(): Arrived {
    const arrived = this.#arrived;
    this.#arrived = { actor: new Map(), tie: new Map(), record: new Set() };
    return arrived;
  }

  /**
   * Opens every value in the document (once joined, or opened from the device). A map whose check value does not
   * open was sealed with another key: nothing of it is opened.
   */
  async load(): Promise<SealProblem[]> {
    let problems: SealProblem[] = [];
    await this.#enqueue(async () => {
      // Under another key, the check value has another name: a map that has values but not this one is not ours.
      const check = await this.#name({ kind: 'scenario', id: 'check', field: '' });
      if (this.slots.size > 0) {
        const value = this.slots.has(check) ? await open(this.keys, check, this.slots.get(check)) : undefined;
        if (!isEntry(value) || value.value !== CHECK_VALUE) {
          problems = [{ kind: 'key', name: check }];
          this.#state = 'locked';
          return;
        }
      }
      for (const name of this.slots.keys()) await this.#openOne(name, problems);
      this.#state = 'open';
    });
    this.problems.push(...problems);
    return problems;
  }

  /** Whether the document holds a map yet (its check value). */
  get started(): boolean {
    return this.#parts.has('check');
  }

  /** The entries opened, as they stand. */
  entries(): SlotEntry[] {
    return [...this.#open.values()];
  }

  /**
   * What a network saved on this device has that the document lacks and this person wrote (an edit the page was
   * killed on after saving it, before sealing it): the changes to write. A value someone else wrote is left as
   * they wrote it, so catching up never undoes another person's change.
   */
  catchUp(saved: Network): SlotChange[] {
    const held = this.network();
    if (!held) return [];
    const entries = this.entriesByName();
    return this.changesOf(held, saved).filter((change) => {
      const entry = entries.get(plainName(change));
      return !entry || entry.by === this.author;
    });
  }

  /**
   * The history, oldest first: each edit with who made it and when. An entry that does not open (another key, a
   * change on the server) is left out and counted in `unreadable`.
   */
  async history(): Promise<{ entries: LogEntry[]; unreadable: number }> {
    const entries: LogEntry[] = [];
    let unreadable = 0;
    for (const bytes of this.log.toArray()) {
      let entry = this.#logOpened.get(bytes);
      if (entry === undefined) {
        const value = (await open(this.keys, LOG, bytes)) as LogEntry | undefined;
        entry = value && typeof value.by === 'string' && Array.isArray(value.changes) ? value : null;
        this.#logOpened.set(bytes, entry);
      }
      if (entry) entries.push(entry);
      else unreadable++;
    }
    return { entries, unreadable };
  }

  /** The people of the group as they last named themselves, by id. */
  people(): Map<string, { name: string; color: string }> {
    const people = new Map<string, { name: string; color: string }>();
    for (const e of this.#people.values()) {
      if (typeof e.value === 'object' && e.value) people.set(e.id, e.value as { name: string; color: string });
    }
    return people;
  }

  /** The values opened as they are now, by hidden name (for `logSince`). */
  snapshot(): Map<string, SlotEntry> {
    return new Map(this.#open);
  }

  /** The entries opened, by plain name (`plainName`). */
  entriesByName(): Map<string, SlotEntry> {
    return new Map([...this.#open.values()].map((e) => [plainName(e), e]));
  }

  /** Where the group has each actor drawn, and which were placed by hand (kept there by a new layout). */
  places(): { positions: Record<string, Position>; pinned: string[] } {
    const positions: Record<string, Position> = {};
    const pinned: string[] = [];
    for (const [id, e] of this.#places) {
      const place = e.value as Place;
      if (typeof place?.x !== 'number' || typeof place.y !== 'number') continue;
      positions[id] = { x: place.x, y: place.y };
      if (place.pinned) pinned.push(id);
    }
    return { positions, pinned };
  }

  /** The actors whose place came from elsewhere since the last call. */
  takeMoved(): Set<string> {
    const moved = this.#moved;
    this.#moved = new Set();
    return moved;
  }

  /**
   * The places that differ from the group's (by half a unit or more, or pinned or not): what to write after this
   * person moved actors by hand. Places are written under `placing`, outside the history and undo.
   */
  placeChanges(positions: Record<string, Position>, pinned: readonly string[]): SlotChange[] {
    const byHand = new Set(pinned);
    const changes: SlotChange[] = [];
    for (const [id, { x, y }] of Object.entries(positions)) {
      const held = this.#places.get(id)?.value as Place | undefined;
      const place: Place = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, ...(byHand.has(id) ? { pinned: true } : {}) };
      if (held && Math.abs(held.x - place.x) < 0.5 && Math.abs(held.y - place.y) < 0.5 && !!held.pinned === !!place.pinned) continue;
      changes.push({ kind: 'place', id, field: '', value: place });
    }
    return changes;
  }

  /** The value of one of the scenario's parts, or undefined. */
  part(id: ScenarioPart): unknown {
    return this.#parts.get(id)?.value;
  }

  /**
   * Seals the changes and sets them in one transaction of this person's origin, with an entry of the history
   * saying what each field of a record was before and is after (`logged: false`: none, for the first share).
   */
  async write(changes: readonly SlotChange[], logged = true, origin: object = this.origin): Promise<void> {
    if (changes.length === 0) return;
    const at = this.now();
    const recorded: LoggedChange[] = [];
    if (logged) {
      for (const change of changes) {
        if (change.kind !== 'actor' && change.kind !== 'tie') continue;
        const before = this.#records.get(`${change.kind}\u0000${change.id}`)?.get(change.field)?.value;
        const after = 'value' in change ? change.value : undefined;
        if (before === undefined && after === undefined) continue;
        recorded.push({ kind: change.kind, id: change.id, field: change.field, before, after });
      }
    }
    const logBytes = recorded.length > 0 ? await seal(this.keys, LOG, { by: this.author, at, changes: recorded } satisfies LogEntry) : null;
    const prepared = await Promise.all(
      changes.map(async (change) => {
        const name = await this.#name(change);
        if (!('value' in change) || change.value === undefined) return { name, entry: null, sealed: null };
        const entry: SlotEntry = {
          kind: change.kind,
          id: change.id,
          field: change.field,
          value: change.value,
          by: this.author,
          at,
        } as SlotEntry;
        return { name, entry, sealed: await seal(this.keys, name, entry) };
      }),
    );
    await this.#enqueue(async () => {
      this.doc.transact(() => {
        for (const { name, entry, sealed } of prepared) {
          if (entry && sealed) {
            this.slots.set(name, sealed);
            this.#set(name, entry);
          } else if (this.slots.has(name)) {
            this.slots.delete(name);
            this.#delete(name);
          }
        }
        if (logBytes) this.log.push([logBytes]);
      }, origin);
    });
  }

  /**
   * Adds to the history what an undo or a redo of this person's changed (Yjs makes it from their earlier edit,
   * not through `write`): the values of `names` (hidden names, those the undo's transaction set) now, against
   * `before` (what `snapshot` gave just before it).
   */
  async logSince(before: ReadonlyMap<string, SlotEntry>, step: 'undo' | 'redo', names: Iterable<string>): Promise<void> {
    const changes: LoggedChange[] = [];
    for (const name of names) {
      const was = before.get(name);
      const is = this.#open.get(name);
      const key = is ?? was;
      if (!key) continue;
      if ((key.kind !== 'actor' && key.kind !== 'tie') || same(was?.value, is?.value)) continue;
      changes.push({ kind: key.kind, id: key.id, field: key.field, before: was?.value, after: is?.value });
    }
    if (changes.length === 0) return;
    const entry: LogEntry = { by: this.author, at: this.now(), changes, step };
    const bytes = await seal(this.keys, LOG, entry);
    await this.#enqueue(async () => {
      this.doc.transact(() => this.log.push([bytes]), this.origin);
    });
  }

  /** Puts a whole network (the scenario's parts, where its actors are drawn) into an empty document: the first share. */
  async start(
    network: Network,
    parts: Partial<Record<Exclude<ScenarioPart, 'check' | 'meta'>, unknown>> = {},
    places: { positions: Record<string, Position>; pinned: readonly string[] } = { positions: {}, pinned: [] },
    onprogress?: (share: number) => void,
  ): Promise<void> {
    this.#state = 'open';
    const changes: SlotChange[] = [{ kind: 'scenario', id: 'check', field: '', value: CHECK_VALUE }];
    const { actors, ties } = network;
    changes.push({ kind: 'scenario', id: 'meta', field: '', value: metaOf(network) });
    for (const field of RECORD_FIELDS) changes.push(...recordChanges(field, [], network[field] ?? []));
    for (const [id, value] of Object.entries(parts)) changes.push({ kind: 'scenario', id: id as ScenarioPart, field: '', value });
    actors.forEach((actor, index) => changes.push(...recordSlots('actor', actor, index)));
    ties.forEach((tie, index) => changes.push(...recordSlots('tie', tie, index)));
    changes.push(...this.placeChanges(places.positions, places.pinned));
    // In parts, each its own update: a connected provider sends each as a message of its own, under the server's
    // limit (a 5,000-actor map is about 37 MB sealed), and the page is given back between them.
    for (let at = 0; at < changes.length; at += START_PART) {
      await this.write(changes.slice(at, at + START_PART), false, this.placing);
      onprogress?.(Math.min(1, (at + START_PART) / changes.length));
      if (at + START_PART < changes.length) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /**
   * The network the document holds: its actors and ties in their places (ties whose ends are not both there left
   * out), or null before the map's title and sources are there. A record none of whose values changed since the
   * last call is the same object as then.
   */
  network(): Network | null {
    const meta = this.part('meta') as NetworkMeta | undefined;
    if (!meta) return null;
    const lists = { actor: [] as [number, Record<string, unknown>][], tie: [] as [number, Record<string, unknown>][] };
    for (const [key, fields] of this.#records) {
      const identity = fields.get(IDENTITY);
      if (!identity) continue;
      let record = this.#built.get(key);
      if (!record) {
        record = { id: identity.id };
        for (const [field, e] of fields) if (field !== IDENTITY && field !== 'id') record[field] = structuredClone(e.value);
        this.#built.set(key, record);
      }
      lists[identity.kind as 'actor' | 'tie'].push([typeof identity.value === 'number' ? identity.value : 0, record]);
    }
    const ordered = (list: [number, Record<string, unknown>][]) =>
      list.sort(([p, a], [q, b]) => p - q || (String(a.id) < String(b.id) ? -1 : 1)).map(([, record]) => record);
    const actors = ordered(lists.actor) as unknown as Network['actors'];
    const present = new Set(actors.map((a) => a.id));
    const ties = (ordered(lists.tie) as unknown as Network['ties']).filter((t) => present.has(t.source) && present.has(t.target));
    return { ...structuredClone(meta), ...this.#recordLists(), actors, ties };
  }

  /** The engagement records the document holds, each list in its order (a list the meta marks and with none: empty). */
  #recordLists(): Partial<Pick<Network, RecordField>> {
    const lists = new Map<string, [number, { id: string }][]>();
    for (const [key, entry] of this.#logbook) {
      const field = key.slice(0, key.indexOf('/'));
      const value = entry.value as RecordValue;
      const list = lists.get(field) ?? [];
      list.push([value.place, structuredClone(value.record)]);
      lists.set(field, list);
    }
    const result: Record<string, unknown> = {};
    for (const [field, list] of lists) {
      result[field] = list.sort(([p, a], [q, b]) => p - q || (a.id < b.id ? -1 : 1)).map(([, record]) => record);
    }
    return result as Partial<Pick<Network, RecordField>>;
  }

  /** The place of a record in its list, as stored (for a record inserted between others). */
  #place(kind: 'actor' | 'tie', id: string): number | undefined {
    return this.#records.get(`${kind}\u0000${id}`)?.get(IDENTITY)?.value as number | undefined;
  }

  /**
   * What changed from `before` to `after` (one edit applied), as values to set or delete. Records the edit did not
   * touch are the same objects in both (edits share them), so only the touched ones are compared, field by field.
   */
  changesOf(before: Network, after: Network): SlotChange[] {
    const changes: SlotChange[] = [];
    const [roomBefore, roomAfter] = [metaOf(before), metaOf(after)];
    if (!same(roomBefore, roomAfter)) changes.push({ kind: 'scenario', id: 'meta', field: '', value: roomAfter });
    for (const field of RECORD_FIELDS) {
      if (before[field] !== after[field]) changes.push(...recordChanges(field, before[field] ?? [], after[field] ?? []));
    }
    for (const kind of ['actor', 'tie'] as const) {
      const list = (n: Network) => (kind === 'actor' ? n.actors : n.ties) as readonly { id: string }[];
      const old = new Map(list(before).map((r) => [r.id, r]));
      const next = list(after);
      const nextIds = new Set(next.map((r) => r.id));
      for (const [id, record] of old) {
        if (!nextIds.has(id)) for (const field of [IDENTITY, ...Object.keys(record)]) if (field !== 'id') changes.push({ kind, id, field });
      }
      next.forEach((record, index) => {
        const was = old.get(record.id);
        if (was === record) return;
        if (!was) {
          changes.push(...recordSlots(kind, record, this.#placeFor(kind, next, index)));
          return;
        }
        const fields = new Set([...Object.keys(was), ...Object.keys(record)]);
        for (const field of fields) {
          if (field === 'id') continue;
          const a = (was as Record<string, unknown>)[field];
          const b = (record as Record<string, unknown>)[field];
          if (!same(a, b)) changes.push(b === undefined ? { kind, id: record.id, field } : { kind, id: record.id, field, value: b });
        }
      });
    }
    return changes;
  }

  /** A place for a record inserted at `index` of `list`: between its neighbours' places, or after the last. */
  #placeFor(kind: 'actor' | 'tie', list: readonly { id: string }[], index: number): number {
    let previous: number | undefined;
    for (let i = index - 1; i >= 0 && previous === undefined; i--) previous = this.#place(kind, list[i]!.id);
    let next: number | undefined;
    for (let i = index + 1; i < list.length && next === undefined; i++) next = this.#place(kind, list[i]!.id);
    if (previous === undefined && next === undefined) return index;
    if (next === undefined) return previous! + 1;
    if (previous === undefined) return next - 1;
    return (previous + next) / 2;
  }
}

/** The engagement records of one list that were added, changed (set again, whole) or removed (deleted). */
function recordChanges(field: RecordField, before: readonly { id: string }[], after: readonly { id: string }[]): SlotChange[] {
  const changes: SlotChange[] = [];
  const old = new Map(before.map((r, place) => [r.id, { r, place }]));
  const kept = new Set(after.map((r) => r.id));
  for (const id of old.keys()) if (!kept.has(id)) changes.push({ kind: 'record', id: recordKey(field, id), field: '' });
  after.forEach((record, place) => {
    const was = old.get(record.id);
    // Only a change of the record itself is written: where it stands moves when others go, and that is no change.
    if (was && (was.r === record || same(was.r, record))) return;
    changes.push({ kind: 'record', id: recordKey(field, record.id), field: '', value: { place, record } satisfies RecordValue });
  });
  return changes;
}

/** The values of one record: its identity (its place) and each field but its id. */
function recordSlots(kind: 'actor' | 'tie', record: { id: string }, place: number): SlotChange[] {
  const changes: SlotChange[] = [{ kind, id: record.id, field: IDENTITY, value: place }];
  for (const [field, value] of Object.entries(record)) {
    if (field !== 'id' && value !== undefined) changes.push({ kind, id: record.id, field, value });
  }
  return changes;
}
