import { describe, expect, it } from 'vitest';
import { GLUED_SUBSCRIBE, classifyLine, fieldLine } from './classify-line';

describe('classifyLine', () => {
  it.each([
    ['Get trending papers in your email inbox once a day!', 'chrome'],
    ['Get trending papers in your email inbox!', 'chrome'],
    ['Subscribe', 'chrome'],
    ['12 upvotes', 'chrome'],
    // The ACL Anthology's links beside each paper.
    ['pdf bib abs', 'chrome'],
    ['pdf bib abs video software', 'chrome'],
    ['Abstract Data Types', 'title'],
    // OpenReview's links, venue and decision lines.
    ['Download PDF', 'chrome'],
    ['Show details', 'chrome'],
    ['ICLR 2024 Conference', 'chrome'],
    ['ICLR 2024 poster', 'chrome'],
    ['NeurIPS 2023 oral', 'chrome'],
    ['Accept (spotlight)', 'chrome'],
    ['42', 'stray'],
    ['•••', 'stray'],
    ['—', 'stray'],
    ['Longformer: The Long-Document Transformer', 'title'],
    ['Can Mamba Always Enjoy the "Free Lunch"?', 'title'],
    ['长上下文语言模型', 'title'],
    ['本文提出一种新的长序列建模方法。我们的方法适用于语言模型。', 'abstract'],
    ['🚀 RocketAttention: Fast', 'title'],
    ['We propose X. It is fast and small.', 'abstract'],
    ['We propose X.', 'either'],
    ['A vs. B', 'either'],
  ])('%s -> %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });
  it('calls any long line an abstract, even without full stops', () => {
    expect(classifyLine('word '.repeat(100).trim())).toBe('abstract');
  });
  it('classifies a 5 MB line from a bounded prefix', () => {
    expect(classifyLine('x'.repeat(5_000_000))).toBe('abstract');
  });
  it('recognises the Subscribe button glued to a title, not a word that starts with it', () => {
    expect(GLUED_SUBSCRIBE.test('SubscribeLodge: A Coarse to Fine')).toBe(true);
    expect(GLUED_SUBSCRIBE.test('Subscribe长上下文')).toBe(true);
    expect(GLUED_SUBSCRIBE.test('Subscribers Matter: A Study')).toBe(false);
    expect(GLUED_SUBSCRIBE.test('Subscribe to Attention')).toBe(false);
  });
});

describe('fieldLine', () => {
  it("reads a page's labelled lines: abstract, TL;DR, authors, year, and the rest", () => {
    expect(fieldLine('Abstract: We propose X.')).toEqual({
      label: 'abstract',
      value: 'We propose X.',
    });
    expect(fieldLine('TL;DR: X is fast.')).toEqual({ label: 'tldr', value: 'X is fast.' });
    expect(fieldLine('Authors: Ada Lovelace, Alan Turing')?.label).toBe('authors');
    expect(fieldLine('Published: 16 Jan 2024, Last Modified: 15 Mar 2024')?.label).toBe('year');
    expect(fieldLine('Keywords: long context, transformers')?.label).toBe('other');
    expect(fieldLine('Submission Number: 1234')?.label).toBe('other');
  });
  it("leaves a structured abstract's own labels and a title with a colon alone", () => {
    expect(
      fieldLine('Background: Long clinical notes exceed the context of BERT.'),
    ).toBeUndefined();
    expect(fieldLine('Motivation: Genomes are long.')).toBeUndefined();
    expect(fieldLine('Longformer: The Long-Document Transformer')).toBeUndefined();
  });
  it('keeps the whole value of a long line', () => {
    const value = 'x'.repeat(5000);
    expect(fieldLine(`Abstract: ${value}`)?.value).toBe(value);
  });
});
