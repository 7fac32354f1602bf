/**
 * The two rooms a mapping session's proposals go through, joined through
 * Hocuspocus as a shared map's room is (share-connection.ts): the proposals
 * room (room-key.ts `proposalsRoom`), which the facilitator and the phones
 * write, and, for a phone, the map's own room, read as a viewer (the server
 * refuses a phone's writes there). Loaded only when proposals are asked for
 * (proposals.svelte.ts holds the state the interface reads).
 */
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { roomKeys, type ProposalsLink } from '../share/room-key';
import { ProposalBox } from '../share/proposal-box';
import { SharedNetwork } from '../share/shared-network';
import type { Network } from '../model/types';
import { roomProvider, type ConnectionState } from './share-connection';

export type Joined = 'synced' | 'closed' | 'offline';

/** One document joined to one room, its state told to `onstate`. */
class Room {
  #socket: HocuspocusProviderWebsocket | null = null;
  #provider: HocuspocusProvider | null = null;

  constructor(
    readonly doc: Y.Doc,
    private readonly onstate: (state: ConnectionState) => void,
  ) {}

  /** Joins `room`; resolves after the first exchange with the server, or at the first failure. */
  join(server: string, room: string, token: string): Promise<Joined> {
    const { socket, provider } = roomProvider(server, room, this.doc, token);
    this.#socket = socket;
    this.#provider = provider;
    const update = () => {
      if (socket.status !== 'connected') this.onstate('offline');
      else this.onstate(!provider.isSynced || provider.hasUnsyncedChanges ? 'syncing' : 'online');
    };
    provider.on('status', update);
    provider.on('synced', update);
    provider.on('unsyncedChanges', update);
    const first = new Promise<Joined>((done) => {
      provider.on('synced', () => done('synced'));
      provider.on('authenticationFailed', () => done('closed'));
      socket.on('disconnect', () => done('offline'));
    });
    provider.attach();
    return first;
  }

  close(): void {
    this.#provider?.destroy();
    this.#socket?.destroy();
  }
}

/** The proposals room of a map: its box of proposals and verdicts, joined. */
export class ProposalsConnection {
  readonly doc = new Y.Doc();
  readonly box: ProposalBox;
  readonly #room: Room;
  #local: IndexeddbPersistence | null = null;

  private constructor(
    readonly link: ProposalsLink,
    box: (doc: Y.Doc) => ProposalBox,
    onstate: (state: ConnectionState) => void,
  ) {
    this.box = box(this.doc);
    this.#room = new Room(this.doc, onstate);
  }

  /**
   * Opens the proposals of `link`, sealed with the map's key. `keepOnDevice`: what was proposed here survives a
   * reload without the server (a phone's).
   */
  static async open(link: ProposalsLink, onstate: (state: ConnectionState) => void, keepOnDevice = false): Promise<ProposalsConnection> {
    const keys = await roomKeys(link.map);
    const connection = new ProposalsConnection(link, (doc) => new ProposalBox(doc, keys), onstate);
    if (keepOnDevice) {
      connection.#local = new IndexeddbPersistence(`puentes-proposals-${link.room}`, connection.doc);
      await connection.#local.whenSynced;
    }
    return connection;
  }

  /** Joins the proposals room with its token (the first to join with it makes it the room's editors' token). */
  join(server: string): Promise<Joined> {
    return this.#room.join(server, this.link.room, this.link.token);
  }

  close(): void {
    this.#room.close();
    void this.#local?.destroy();
  }
}

/** A map read from its room as a viewer, by a phone: the network as it is now, again at every change. */
export class MapReader {
  readonly doc = new Y.Doc();
  readonly #room: Room;
  #map: SharedNetwork | null = null;

  constructor(onstate: (state: ConnectionState) => void) {
    this.#room = new Room(this.doc, onstate);
  }

  /** Joins the map's room (no token: read only) and calls `onchange` with the network each time it changes. */
  async join(link: ProposalsLink, server: string, reader: string, onchange: (network: Network | null) => void): Promise<Joined> {
    const map = new SharedNetwork(this.doc, await roomKeys(link.map), reader);
    this.#map = map;
    await map.load();
    map.onchange(() => onchange(map.network()));
    const joined = await this.#room.join(server, link.map.room, '');
    await map.settled();
    onchange(map.network());
    return joined;
  }

  /** Whether the key opens the map (false: the link's key is not this map's). */
  get opens(): boolean {
    return !this.#map?.problems.some((p) => p.kind === 'key');
  }

  close(): void {
    this.#room.close();
  }
}
