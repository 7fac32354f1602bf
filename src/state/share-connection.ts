/**
 * One shared map, connected: its Yjs document kept on this device
 * (y-indexeddb) and joined to the room on the sharing server through
 * Hocuspocus's provider; its values sealed and opened by src/share; each
 * person's undo (a Y.UndoManager tracking only this person's writes); and who
 * is here, their names, colours and selections sealed too before they leave
 * (Yjs awareness). Loaded only when a map is shared or joined (sharing.svelte.ts
 * holds the state the interface reads).
 */
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Network } from '../model/types';
import type { Extent } from './viewport.svelte';
import { fromBase64Url, roomKeys, toBase64Url, type RoomKeys, type RoomLink } from '../share/room-key';
import { open, seal } from '../share/sealed';
import { SharedNetwork, type ScenarioPart, type SealProblem } from '../share/shared-network';

/** What this person tells the others: a name, a colour, what they select, whether they may edit. */
export interface Presence {
  id: string;
  name: string;
  color: string;
  selection: string[];
  editor: boolean;
  /** The view this person shows, and the slide they present (null: not presenting), for those who follow them. */
  view?: string;
  slide?: number | null;
  /** The part of the network drawing this person has on screen (their zoom), for those who follow them. */
  extent?: Extent | null;
}

export type ConnectionState = 'connecting' | 'syncing' | 'online' | 'offline';

export interface ConnectionEvents {
  /** Values written elsewhere (another person, an undo) are opened: the network the room holds now. */
  remote: () => void;
  state: (state: ConnectionState) => void;
  peers: (peers: (Presence & { client: number })[]) => void;
  /** The room refused the link (`room-closed`), or a value did not open. */
  problem: (problem: 'closed' | 'key' | 'sealed') => void;
}

/** The address of the WebSocket of a server given by its page's address (http → ws, https → wss). */
export function socketUrl(server: string): string {
  const url = new URL(server);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  url.search = '';
  return url.toString();
}

/**
 * A document joined to a room of the sharing server (not attached yet: call `provider.attach()`), reconnecting
 * for ever with a short back-off, as a workshop's Wi-Fi comes and goes. `token` empty: a viewer.
 */
export function roomProvider(
  server: string,
  room: string,
  doc: Y.Doc,
  token: string,
): { socket: HocuspocusProviderWebsocket; provider: HocuspocusProvider } {
  const socket = new HocuspocusProviderWebsocket({
    url: socketUrl(server),
    delay: 500,
    minDelay: 250,
    factor: 1.5,
    maxDelay: 5000,
    maxAttempts: 0,
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: doc, token });
  return { socket, provider };
}

const PRESENCE = 'presence';

export class ShareConnection {
  readonly doc = new Y.Doc();
  readonly map: SharedNetwork;
  readonly undo: Y.UndoManager;
  #provider: HocuspocusProvider | null = null;
  #socket: HocuspocusProviderWebsocket | null = null;
  #local: IndexeddbPersistence | null = null;
  #state: ConnectionState = 'connecting';
  #closed = false;

  private constructor(
    readonly link: RoomLink,
    readonly server: string,
    private readonly keys: RoomKeys,
    private readonly me: Presence,
    private readonly events: ConnectionEvents,
  ) {
    this.map = new SharedNetwork(this.doc, keys, me.id);
    // Each write is one step of this person's undo (no merging of writes close in time).
    this.undo = new Y.UndoManager(this.map.slots, { trackedOrigins: new Set([this.map.origin]), captureTimeout: 0 });
    this.map.onchange((problems) => {
      if (problems.some((p) => p.kind === 'sealed')) events.problem('sealed');
      events.remote();
    });
  }

  /**
   * The map of `link` on this device, opened from what the device keeps of it (its Yjs updates), before the
   * server is reached: it opens and edits offline.
   */
  static async open(link: RoomLink, server: string, me: Presence, events: ConnectionEvents, keepOnDevice = true): Promise<ShareConnection> {
    const connection = new ShareConnection(link, server, await roomKeys(link), me, events);
    if (keepOnDevice) {
      connection.#local = new IndexeddbPersistence(`puentes-share-${link.room}`, connection.doc);
      await connection.#local.whenSynced;
    }
    return connection;
  }

  /** Resolves once everything written here has reached the server (or after `ms`, false). */
  async sent(ms = 15_000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!this.#provider?.isSynced || this.#provider.hasUnsyncedChanges) {
      if (Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 50));
    }
    return true;
  }

  /** What the device held opened: null when the key does not open it; the problems found. */
  async load(): Promise<SealProblem[]> {
    return this.map.load();
  }

  /** Joins the room on the server; resolves once the first exchange with it is done (or at once, when offline). */
  connect(): Promise<'synced' | 'closed' | 'offline'> {
    const { socket, provider } = roomProvider(this.server, this.link.room, this.doc, this.link.token ?? '');
    this.#socket = socket;
    this.#provider = provider;
    const update = () => this.#setState(this.#stateNow());
    provider.on('status', update);
    provider.on('synced', update);
    provider.on('unsyncedChanges', update);
    provider.awareness?.on('change', () => void this.#readPeers());
    const first = new Promise<'synced' | 'closed' | 'offline'>((done) => {
      provider.on('synced', () => done('synced'));
      provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
        this.events.problem(reason === 'room-closed' ? 'closed' : 'key');
        done('closed');
      });
      socket.on('disconnect', () => done('offline'));
    });
    provider.attach();
    void this.presence(this.me.selection);
    void this.#tellWhoIAm();
    return first;
  }

  #stateNow(): ConnectionState {
    const provider = this.#provider;
    if (!provider || this.#socket?.status !== 'connected') return 'offline';
    if (!provider.isSynced || provider.hasUnsyncedChanges) return 'syncing';
    return 'online';
  }

  #setState(state: ConnectionState): void {
    if (state === this.#state || this.#closed) return;
    this.#state = state;
    this.events.state(state);
  }

  get state(): ConnectionState {
    return this.#state;
  }

  /**
   * Undoes or redoes this person's last edit in the room, and puts it in their history: only what the undo's own
   * transaction set is logged (not what others wrote meanwhile). False when there is nothing to undo.
   */
  async step(step: 'undo' | 'redo'): Promise<boolean> {
    await this.map.settled();
    if ((step === 'undo' ? this.undo.undoStack : this.undo.redoStack).length === 0) return false;
    const before = this.map.snapshot();
    const names = new Set<string>();
    const seen = (event: Y.YMapEvent<Uint8Array>, transaction: Y.Transaction) => {
      if (transaction.origin === this.undo) for (const name of event.keysChanged) names.add(name);
    };
    this.map.slots.observe(seen);
    this.undo[step]();
    this.map.slots.unobserve(seen);
    await this.map.settled();
    await this.map.logSince(before, step, names);
    return true;
  }

  /** Writes what one edit changed, from the network before it to the network after. */
  async write(before: Network, after: Network): Promise<void> {
    await this.map.write(this.map.changesOf(before, after));
    this.#setState(this.#stateNow());
  }

  /**
   * Brings the room's copy on this device and the network this browser saved into step, when a shared scenario
   * opens: what this person changed that the copy lacks (an edit the page was closed or killed on, saved by the
   * journal but not yet sealed) is written; what others wrote is left as they wrote it. Returns the network the
   * room then holds, to show.
   */
  async reconcile(saved: Network): Promise<Network | null> {
    if (this.me.editor) await this.map.write(this.map.catchUp(saved));
    // Compared whole with what is shown: changes arriving from now on are brought in one by one.
    this.map.takeArrived();
    return this.map.network();
  }

  /** Writes where this person has the actors drawn, when it differs from the group's (not a step of their undo). */
  async writePlaces(positions: Record<string, { x: number; y: number }>, pinned: readonly string[]): Promise<void> {
    await this.map.write(this.map.placeChanges(positions, pinned), false, this.map.placing);
  }

  /** Writes one of the scenario's whole parts (slides, the scenario's name). */
  async writePart(id: Exclude<ScenarioPart, 'check' | 'meta'>, value: unknown): Promise<void> {
    if (JSON.stringify(this.map.part(id)) === JSON.stringify(value)) return;
    await this.map.write([{ kind: 'scenario', id, field: '', value }], false, this.map.placing);
  }

  /** Puts a network into the room: the first share. */
  start(
    network: Network,
    parts: Partial<Record<'slides' | 'details', unknown>>,
    places?: { positions: Record<string, { x: number; y: number }>; pinned: readonly string[] },
    onprogress?: (share: number) => void,
  ): Promise<void> {
    return this.map.start(network, parts, places, onprogress);
  }

  /** The group's history names this person as they call themselves now. */
  async #tellWhoIAm(): Promise<void> {
    // A viewer writes nothing to the room (the server would refuse it): the others know them by their presence.
    if (!this.me.editor) return;
    const person = this.map.people().get(this.me.id);
    if (person?.name === this.me.name && person?.color === this.me.color) return;
    await this.map.write(
      [{ kind: 'person', id: this.me.id, field: '', value: { name: this.me.name, color: this.me.color } }],
      false,
      this.map.placing,
    );
  }

  /** This person renamed themselves: the others see the new name, here and in the history. */
  async rename(name: string): Promise<void> {
    this.me.name = name;
    await this.#tellWhoIAm();
    await this.presence(this.me.selection);
  }

  /** Tells the others what this person selects, shows and presents now (sealed). */
  async presence(selection: string[], where: Pick<Presence, 'view' | 'slide' | 'extent'> = {}): Promise<void> {
    const awareness = this.#provider?.awareness;
    if (!awareness) return;
    this.me.selection = selection;
    Object.assign(this.me, where);
    const sealed = await seal(this.keys, PRESENCE, { ...this.me });
    awareness.setLocalStateField('p', toBase64Url(sealed));
  }

  async #readPeers(): Promise<void> {
    const awareness = this.#provider?.awareness;
    if (!awareness) return;
    const peers: (Presence & { client: number })[] = [];
    for (const [client, state] of awareness.getStates()) {
      if (client === awareness.clientID || typeof state.p !== 'string') continue;
      const bytes = fromBase64Url(state.p);
      const presence = bytes ? ((await open(this.keys, PRESENCE, bytes)) as Presence | undefined) : undefined;
      if (presence && typeof presence.name === 'string') peers.push({ ...presence, client });
    }
    this.events.peers(peers);
  }

  /** Stops sharing: the room is closed on the server (old links are told so); this device keeps its copy. */
  closeRoom(): void {
    this.#provider?.sendStateless('close-room');
  }

  /** Leaves the room (the page closes, another map opens). */
  close(): void {
    this.#closed = true;
    this.#provider?.destroy();
    this.#socket?.destroy();
    void this.#local?.destroy();
  }

  /** Forgets what this device kept of the room. */
  async forget(): Promise<void> {
    await this.#local?.clearData();
  }
}
