import type { StoredCheckIn } from './check-in-model.js';

/**
 * What the check-in keeps on the person's device, in IndexedDB (it survives a reload and a closed tab):
 * their check-ins (sent, and waiting to be sent), the draft being typed, their own goals, their consent and
 * their anonymous participant id. Every record belongs to one participant token, so two people sharing a
 * device (a clinic's tablet, a family phone) never see each other's history. When IndexedDB is blocked
 * (some private modes) everything lives in memory for this page, and `persistent` says so.
 */

const DB_NAME = 'peer-support-check-in';
const CHECK_INS = 'check-ins';
const META = 'meta';

interface CheckInRecord extends StoredCheckIn {
  owner: string;
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => {
    const db = request.result;
    db.createObjectStore(CHECK_INS, { keyPath: 'key' }).createIndex('owner', 'owner');
    db.createObjectStore(META);
  };
  return requested(request);
}

const withoutOwner = ({ owner: _owner, ...checkIn }: CheckInRecord): StoredCheckIn => checkIn;

export class CheckInStore {
  private readonly memory = { checkIns: new Map<string, CheckInRecord>(), meta: new Map<string, unknown>() };
  private db?: IDBDatabase;
  private reopening?: Promise<IDBDatabase>;

  /** `persistent` false: IndexedDB could not be opened, and this store lives in memory for the page. */
  private constructor(
    db: IDBDatabase | undefined,
    readonly persistent: boolean,
  ) {
    this.adopt(db);
  }

  /** Opens the device store; never fails (falls back to memory). */
  static async open(): Promise<CheckInStore> {
    try {
      return new CheckInStore(await openDatabase(), true);
    } catch {
      return new CheckInStore(undefined, false);
    }
  }

  private adopt(db: IDBDatabase | undefined): void {
    this.db = db;
    // Another tab erasing the data deletes the database: every connection must let it go (one left open
    // would block the erasure for good), and the store reopens when next used.
    if (db)
      db.onversionchange = () => {
        db.close();
        if (this.db === db) this.db = undefined;
      };
  }

  close(): void {
    this.db?.close();
    this.db = undefined;
  }

  private async run<T>(name: string, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>) {
    // Two uses at once share one new connection, rather than each opening one and the first being lost.
    this.reopening ??= this.db ? undefined : openDatabase().finally(() => (this.reopening = undefined));
    if (this.reopening) this.adopt(await this.reopening);
    const transaction = this.db!.transaction(name, mode);
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('aborted'));
    });
    const result = await requested(work(transaction.objectStore(name)));
    await done;
    return result;
  }

  async list(owner: string): Promise<StoredCheckIn[]> {
    const records = this.persistent
      ? ((await this.run(CHECK_INS, 'readonly', (store) => store.index('owner').getAll(owner))) as CheckInRecord[])
      : [...this.memory.checkIns.values()].filter((record) => record.owner === owner);
    return records.map(withoutOwner).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  }

  async put(owner: string, checkIn: StoredCheckIn): Promise<void> {
    const record: CheckInRecord = { ...checkIn, owner };
    if (this.persistent) await this.run(CHECK_INS, 'readwrite', (store) => store.put(record));
    else this.memory.checkIns.set(record.key, record);
  }

  async remove(key: string): Promise<void> {
    if (this.persistent) await this.run(CHECK_INS, 'readwrite', (store) => store.delete(key));
    else this.memory.checkIns.delete(key);
  }

  async get<T>(key: string): Promise<T | undefined> {
    if (!this.persistent) return this.memory.meta.get(key) as T | undefined;
    return (await this.run(META, 'readonly', (store) => store.get(key))) as T | undefined;
  }

  /** `undefined` deletes. */
  async set(key: string, value: unknown): Promise<void> {
    if (!this.persistent) {
      if (value === undefined) this.memory.meta.delete(key);
      else this.memory.meta.set(key, value);
      return;
    }
    await this.run(META, 'readwrite', (store) =>
      value === undefined ? store.delete(key) : (store.put(value, key) as IDBRequest<unknown> as IDBRequest<undefined>),
    );
  }

  /** Everything kept for one participant: check-ins, waiting ones included, and the given settings. */
  async eraseOwner(owner: string, metaKeys: string[]): Promise<void> {
    for (const checkIn of await this.list(owner)) await this.remove(checkIn.key);
    for (const key of metaKeys) await this.set(key, undefined);
  }
}
