/** A binary min-heap of (priority, node) pairs: Dijkstra's frontier, for distances and weighted betweenness. */
export class MinHeap {
  #items: [number, number][] = [];

  get size(): number {
    return this.#items.length;
  }

  push(priority: number, node: number): void {
    const items = this.#items;
    items.push([priority, node]);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (items[parent]![0] <= items[i]![0]) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }

  /** The pair with the smallest priority (the heap must not be empty). */
  pop(): [number, number] {
    const items = this.#items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ; ) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let smallest = i;
        if (l < items.length && items[l]![0] < items[smallest]![0]) smallest = l;
        if (r < items.length && items[r]![0] < items[smallest]![0]) smallest = r;
        if (smallest === i) break;
        [items[smallest], items[i]] = [items[i]!, items[smallest]!];
        i = smallest;
      }
    }
    return top;
  }
}
