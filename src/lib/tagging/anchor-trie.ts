/**
 * A trie over the words the rules care about: phrase anchors (the word a match starts with) and
 * requirements (other words a match contains). One pass over a text's characters walks every
 * word through it, without slicing or hashing words; most words leave the trie after a letter
 * or two.
 */

const ALPHABET = 36;

/** [0-9a-z] case-insensitively to 0..35, anything else to -1. */
function letter(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/** letter() as a table for ASCII: the walk's inner loop does one load per character. */
const LETTER = Int8Array.from({ length: 128 }, (_, code) => letter(code));

export type TrieEntry = 'prefix-anchor' | 'prefix-requirement' | 'word-anchor' | 'word-requirement';
const KINDS: readonly TrieEntry[] = [
  'prefix-anchor',
  'prefix-requirement',
  'word-anchor',
  'word-requirement',
];

export interface WordSink {
  /** A phrase anchored on the word starting at `start` of field `field`. */
  anchor(phrase: number, field: number, start: number): void;
  /** A requirement word is present. */
  requirement(index: number): void;
}

export class AnchorTrie {
  private next = new Int32Array(ALPHABET * 256);
  private size = 1;
  /** Per entry kind (KINDS order), per node: ids ending there (empty arrays, never holes). */
  private lists: number[][][] = KINDS.map(() => [[]]);

  /** `word` is lower-case [a-z0-9]. */
  add(word: string, kind: TrieEntry, id: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const l = letter(word.charCodeAt(i));
      if (l < 0) throw new Error(`trie word "${word}" is not a plain word`);
      let child = this.next[node * ALPHABET + l] ?? 0;
      if (child === 0) {
        child = this.size++;
        if (this.size * ALPHABET > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
        }
        this.next[node * ALPHABET + l] = child;
        for (const lists of this.lists) lists.push([]);
      }
      node = child;
    }
    this.lists[KINDS.indexOf(kind)]![node]!.push(id);
    if (this.flags.length <= node) {
      const grown = new Uint8Array(this.flags.length * 2 + node);
      grown.set(this.flags);
      this.flags = grown;
    }
    this.flags[node]! |= kind.startsWith('prefix') ? 1 : 2;
  }

  /** Per node: 1 = prefix entries end here, 2 = whole-word entries end here. */
  private flags = new Uint8Array(256);

  /** Walks every [A-Za-z0-9]+ word of `text` through the trie, reporting what it finds. */
  walk(text: string, field: number, sink: WordSink): void {
    const { next, flags } = this;
    let node = 0; // current trie node; -1 once the word has left the trie
    let start = -1;
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      const code = i < length ? text.charCodeAt(i) : 0;
      const l = code < 128 ? LETTER[code]! : -1;
      if (l >= 0) {
        if (start < 0) {
          start = i;
          node = 0;
        } else if (node < 0) continue;
        node = next[node * ALPHABET + l] || -1;
        if (node > 0 && (flags[node]! & 1) !== 0) this.report(node, 0, field, start, sink);
      } else if (start >= 0) {
        if (node > 0 && (flags[node]! & 2) !== 0) this.report(node, 2, field, start, sink);
        start = -1;
      }
    }
  }

  /** `kind` 0 = prefix entries, 2 = whole-word entries (anchor list, then requirement list). */
  private report(node: number, kind: 0 | 2, field: number, start: number, sink: WordSink): void {
    for (const id of this.lists[kind]![node]!) sink.anchor(id, field, start);
    for (const id of this.lists[kind + 1]![node]!) sink.requirement(id);
  }
}
