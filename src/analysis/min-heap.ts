/**
 * A binary min-heap of (length, node) in two typed arrays, growing as
 * needed: Dijkstra's frontier, for distances and weighted betweenness.
 * Read the smallest length with `peekKey()` before `pop()` takes its node.
 */
export class MinHeap {
  size = 0;
  #keys: Float64Array;
  #values: Int32Array;

  constructor(capacity = 64) {
    this.#keys = new Float64Array(Math.max(1, capacity));
    this.#values = new Int32Array(Math.max(1, capacity));
  }

  push(key: number, value: number): void {
    if (this.size === this.#keys.length) {
      const keys = new Float64Array(this.size * 2);
      const values = new Int32Array(this.size * 2);
      keys.set(this.#keys);
      values.set(this.#values);
      this.#keys = keys;
      this.#values = values;
    }
    const keys = this.#keys;
    const values = this.#values;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      values[i] = values[parent]!;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** The smallest length (the heap must not be empty). */
  peekKey(): number {
    return this.#keys[0]!;
  }

  /** Removes the entry with the smallest length and returns its node (the heap must not be empty). */
  pop(): number {
    const keys = this.#keys;
    const values = this.#values;
    const top = values[0]!;
    const size = --this.size;
    if (size === 0) return top;
    const key = keys[size]!;
    const value = values[size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      values[i] = values[child]!;
      i = child;
    }
    keys[i] = key;
    values[i] = value;
    return top;
  }
}
