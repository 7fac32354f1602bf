/**
 * The Web Locks that tab-lock.ts asks for, in memory: Node has no
 * `navigator.locks`. Exclusive locks only, `ifAvailable`, handed to the
 * next request waiting when the holder's callback settles, and `query`.
 * Two `Scenarios` sharing one of these behave as two tabs of one browser.
 */
type Granted = (lock: { name: string } | null) => Promise<unknown> | unknown;

export class FakeLocks {
  readonly #held = new Set<string>();
  readonly #waiting = new Map<string, (() => void)[]>();

  async request(name: string, options: { ifAvailable?: boolean } | Granted, granted?: Granted): Promise<unknown> {
    const callback = typeof options === 'function' ? options : granted!;
    const ifAvailable = typeof options === 'object' && options.ifAvailable;
    if (this.#held.has(name)) {
      if (ifAvailable) return callback(null);
      // Handed over by the holder as it lets go: the lock stays held throughout.
      await new Promise<void>((resolve) => this.#queue(name).push(resolve));
    } else this.#held.add(name);
    try {
      return await callback({ name });
    } finally {
      const next = this.#queue(name).shift();
      if (next) next();
      else this.#held.delete(name);
    }
  }

  async query(): Promise<{ held: { name: string }[]; pending: { name: string }[] }> {
    return {
      held: [...this.#held].map((name) => ({ name })),
      pending: [...this.#waiting].flatMap(([name, queue]) => queue.map(() => ({ name }))),
    };
  }

  #queue(name: string): (() => void)[] {
    let queue = this.#waiting.get(name);
    if (!queue) this.#waiting.set(name, (queue = []));
    return queue;
  }
}
