/**
 * One tab edits a scenario at a time: the editing tab holds a Web Lock named
 * after the scenario; another tab asking for it is told to follow read-only,
 * and is handed the lock (and told so) when the editing tab lets go or closes.
 */
export interface TabLockEvents {
  /** Another tab edits this scenario. */
  onReadOnly: () => void;
  /** The other tab let go: this tab may edit now (after reloading the latest save). */
  onTakeOver: () => Promise<void>;
}

export class TabLock {
  #request = 0;
  #release: (() => void) | null = null;

  /** Takes the lock for `name`, or follows read-only until it can. */
  take(name: string, events: TabLockEvents): void {
    this.release();
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return;
    const request = ++this.#request;
    const held = new Promise<void>((resolve) => (this.#release = resolve));
    void locks.request(name, { ifAvailable: true }, async (lock) => {
      if (request !== this.#request) return;
      if (lock) return held;
      events.onReadOnly();
      void locks.request(name, async () => {
        if (request !== this.#request) return;
        await events.onTakeOver();
        return held;
      });
    });
  }

  /** Whether some tab (this one included) holds the lock `name` now. */
  static async isHeld(name: string): Promise<boolean> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return false;
    const { held = [] } = await locks.query();
    return held.some((lock) => lock.name === name);
  }

  /** Lets go of the lock (another scenario opens, or the tab closes). */
  release(): void {
    this.#request++;
    this.#release?.();
    this.#release = null;
  }
}
