import { describe, expect, it } from 'vitest';
import { isQualifier } from './word-class';

describe('isQualifier', () => {
  it('tells adjectives that name nothing alone', () => {
    for (const w of ['physical', 'discrete', 'social', 'executable', 'agentic'])
      expect(isQualifier(w), w).toBe(true);
  });
  it('keeps nouns, nouns that modify, acronyms and names', () => {
    for (const w of ['video', 'detection', 'teacher', 'speech', 'OCR', 'MoE', '3D', 'LoRA'])
      expect(isQualifier(w), w).toBe(false);
  });
});
