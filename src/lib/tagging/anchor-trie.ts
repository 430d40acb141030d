/**
 * A trie over the anchor words of all phrases. Walking a word through it finds every phrase
 * anchored on that word (whole word or prefix) without slicing or hashing the word; most words
 * leave the trie after one or two characters.
 */

const ALPHABET = 36;

/** [0-9a-z] case-insensitively to 0..35, anything else to -1. */
function letter(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

export class AnchorTrie {
  private next = new Int32Array(ALPHABET * 256);
  private size = 1;
  /** Phrases whose prefix anchor ends at a node, and whose whole-word anchor ends there. */
  private prefixIds: (number[] | undefined)[] = [];
  private wordIds: (number[] | undefined)[] = [];

  /** `anchor` is lower-case [a-z0-9]; `whole` = the word must end there. */
  add(anchor: string, whole: boolean, id: number): void {
    let node = 0;
    for (let i = 0; i < anchor.length; i++) {
      const l = letter(anchor.charCodeAt(i));
      if (l < 0) throw new Error(`anchor "${anchor}" is not a plain word`);
      let child = this.next[node * ALPHABET + l] ?? 0;
      if (child === 0) {
        child = this.size++;
        if (this.size * ALPHABET > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
        }
        this.next[node * ALPHABET + l] = child;
      }
      node = child;
    }
    const lists = whole ? this.wordIds : this.prefixIds;
    (lists[node] ??= []).push(id);
  }

  /**
   * Puts the phrases anchored on the word text[start, end) into `out` (reused by the caller, so
   * the hot loop allocates nothing) and returns how many there are.
   */
  visit(text: string, start: number, end: number, out: number[]): number {
    let node = 0;
    let n = 0;
    for (let i = start; i < end; i++) {
      const l = letter(text.charCodeAt(i));
      node = l < 0 ? 0 : (this.next[node * ALPHABET + l] ?? 0);
      if (node === 0) return n;
      const ids = this.prefixIds[node];
      if (ids) for (const id of ids) out[n++] = id;
    }
    const ids = this.wordIds[node];
    if (ids) for (const id of ids) out[n++] = id;
    return n;
  }
}
