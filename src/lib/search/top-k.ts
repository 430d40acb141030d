/**
 * The first k items of `items` in the order of `before` (a strict order), without sorting them
 * all: a result page needs 25 of maybe 80,000 matches. A bounded heap keeps the k best seen;
 * each other item costs one comparison with the worst of them.
 */
export function topK(
  items: Uint32Array,
  k: number,
  before: (a: number, b: number) => boolean,
): Uint32Array {
  const n = items.length;
  if (k <= 0 || n === 0) return new Uint32Array(0);
  const compare = (a: number, b: number) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
  if (k * 4 >= n) return items.slice().sort(compare).subarray(0, k);
  // Max-heap by "worse": heap[0] is the worst of the k kept.
  const heap = new Uint32Array(k);
  let size = 0;
  const worse = (a: number, b: number) => before(b, a);
  const siftUp = (i0: number) => {
    let i = i0;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const siftDown = () => {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < size && worse(heap[l]!, heap[top]!)) top = l;
      if (r < size && worse(heap[r]!, heap[top]!)) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top]!, heap[i]!];
      i = top;
    }
  };
  for (let i = 0; i < n; i += 1) {
    const item = items[i]!;
    if (size < k) {
      heap[size++] = item;
      siftUp(size - 1);
    } else if (before(item, heap[0]!)) {
      heap[0] = item;
      siftDown();
    }
  }
  return heap.subarray(0, size).sort(compare);
}
