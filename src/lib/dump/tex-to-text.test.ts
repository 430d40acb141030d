import { describe, expect, it } from 'vitest';
import { mathToText, texToText } from './tex-to-text';

describe('mathToText', () => {
  it('renders common inline math as plain text', () => {
    expect(mathToText(' A ')).toBe('A');
    expect(mathToText('O(n^2)')).toBe('O(n²)');
    expect(mathToText('x^{T} W_{1}')).toBe('xᵀ W1');
    expect(mathToText('\\mathcal{O}(L \\log L)')).toBe('O(L log L)');
    expect(mathToText('e^{i\\pi}')).toBe('e^(iπ)');
    expect(mathToText('\\frac{n}{2} \\times \\sqrt{d}')).toBe('n/2 × √d');
  });
});

describe('texToText', () => {
  it('maps symbol commands and drops spacing commands', () => {
    expect(texToText('a\\,b \\approx c \\rightarrow d \\ldots')).toBe('a b ≈ c → d …');
  });
  it('keeps escaped braces and dollars as characters', () => {
    expect(texToText('set \\{a\\} costs \\$3')).toBe('set {a} costs $3');
  });
  it('expands name macros only with a name', () => {
    expect(texToText('\\ours{} is fast', 'Alpha')).toBe('Alpha is fast');
    expect(texToText('\\ours{} is fast')).toBe('ours is fast');
  });
  it('writes accented letters as BibTeX and arXiv spell them', () => {
    expect(texToText('Sch{\\"o}lkopf, Sch\\"olkopf, Pe\\~{n}a, Erd\\H{o}s, \\v{S}ediv\\\'y')).toBe(
      'Schölkopf, Schölkopf, Peña, Erdős, Šedivý',
    );
    expect(texToText('Na\\"{\\i}ve {\\ss} {\\AA}ngstr{\\"o}m \\c{c}a')).toBe('Naïve ß Ångström ça');
    // A letter-named accent may take its letter after a space: BibTeX's {\c c}.
    expect(texToText('Fran{\\c c}ois Gon{\\c c}alves \\v s')).toBe('François Gonçalves š');
  });
  it('keeps escaped quotes and commands that start like an accent', () => {
    expect(texToText('a \\"quoted\\" word')).toBe('a "quoted" word');
    expect(texToText('\\underline{x} \\verb \\cite{k} y')).toBe('x verb  y');
    expect(texToText('\\u sing \\c cat')).toBe('u sing c cat');
  });
  it('strips private-use placeholders that arrive in the input', () => {
    expect(texToText('a\uE000b')).toBe('ab');
  });
});

describe('texToText: command names that are also object keys', () => {
  it('treats \\constructor and \\toString as unknown words', () => {
    expect(texToText('\\constructor and \\toString and \\etal')).toBe(
      'constructor and toString and et al.',
    );
  });
});
