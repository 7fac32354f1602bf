/**
 * Which scenarios of this browser are shared, in which room and with what
 * secrets, and who this person is to the group: kept in IndexedDB (not local
 * storage, which a browser killed right after a write may not have written),
 * each write committed before it returns. The device is trusted with the
 * rooms' keys; the server never sees them.
 */
import { openDB, type IDBPDatabase } from 'idb';

/** A scenario shared in a room: where (the server's page address) and with what secrets. */
export interface ShareRecord {
  scenario: string;
  server: string;
  room: string;
  key: string;
  /** The editors' token; absent when this browser joined with a viewing link. */
  token?: string;
}

/** This person, as the others see them: a stable id (their edits are signed with it), a name, a colour. */
export interface Person {
  id: string;
  name: string;
  color: string;
}

const NAME = 'puentes-sharing';

export class ShareStore {
  private constructor(private readonly db: IDBPDatabase) {}

  static async open(name = NAME): Promise<ShareStore> {
    const db = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('shares', { keyPath: 'scenario' });
        db.createObjectStore('person');
      },
    });
    return new ShareStore(db);
  }

  async shares(): Promise<ShareRecord[]> {
    return (await this.db.getAll('shares')) as ShareRecord[];
  }

  async put(record: ShareRecord): Promise<void> {
    const tx = this.db.transaction('shares', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(record), tx.done]);
  }

  async remove(scenario: string): Promise<void> {
    const tx = this.db.transaction('shares', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.delete(scenario), tx.done]);
  }

  async person(): Promise<Person | null> {
    return ((await this.db.get('person', 'me')) as Person | undefined) ?? null;
  }

  async setPerson(person: Person): Promise<void> {
    const tx = this.db.transaction('person', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(person, 'me'), tx.done]);
  }

  close(): void {
    this.db.close();
  }
}
