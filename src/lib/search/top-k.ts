import { sequence } from './result-set';

/**
 * The first k of the items 0 … n − 1 in the order of `before` (a strict order), without sorting
 * them all: a result page needs 25 of maybe 80,000 matches. A bounded heap keeps the k best seen;
 * each other item costs one comparison with the worst of them.
 */
export function topK(n: number, k: number, before: (a: number, b: number) => boolean): Uint32Array {
  if (k <= 0 || n === 0) return new Uint32Array(0);
  const compare = (a: number, b: number) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
  if (k * 4 >= n) return sequence(n).sort(compare).subarray(0, k);
  // Max-heap by "worse" of the first k items: heap[0] is the worst of the k kept.
  const heap = sequence(k);
  const worse = (a: number, b: number) => before(b, a);
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < k && worse(heap[l]!, heap[top]!)) top = l;
      if (r < k && worse(heap[r]!, heap[top]!)) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top]!, heap[i]!];
      i = top;
    }
  };
  for (let i = (k >> 1) - 1; i >= 0; i -= 1) siftDown(i);
  for (let item = k; item < n; item += 1) {
    if (before(item, heap[0]!)) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}
