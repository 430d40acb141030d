/** The k best items by score (higher first, lower id on ties), kept in a small sorted array. */
export class TopK {
  private ids: number[] = [];
  private scores: number[] = [];

  constructor(private readonly k: number) {}

  clear(): void {
    this.ids.length = 0;
    this.scores.length = 0;
  }

  /** Items with a score of zero or less never enter: they share nothing. */
  offer(id: number, score: number): void {
    if (!(score > 0) || this.k <= 0) return;
    const n = this.ids.length;
    if (n === this.k && !this.beats(id, score, n - 1)) return;
    let i = Math.min(n, this.k - 1);
    while (i > 0 && this.beats(id, score, i - 1)) {
      this.ids[i] = this.ids[i - 1] ?? 0;
      this.scores[i] = this.scores[i - 1] ?? 0;
      i--;
    }
    this.ids[i] = id;
    this.scores[i] = score;
  }

  /** Ids, best first. */
  items(): number[] {
    return [...this.ids];
  }

  private beats(id: number, score: number, at: number): boolean {
    const s = this.scores[at] ?? 0;
    return score > s || (score === s && id < (this.ids[at] ?? 0));
  }
}
