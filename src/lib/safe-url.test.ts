import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeHttpUrl, splitUrls } from './safe-url';

describe('safeHttpUrl', () => {
  it('accepts http and https only', () => {
    expect(safeHttpUrl('https://github.com/a/b')).toBe('https://github.com/a/b');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>')).toBeNull();
    expect(safeHttpUrl('//evil.example')).toBeNull();
  });
});

describe('splitUrls', () => {
  it('finds URLs and leaves trailing punctuation as text', () => {
    const parts = splitUrls('Code at https://github.com/x/y. Done');
    expect(parts).toEqual([
      { kind: 'text', text: 'Code at ' },
      { kind: 'url', text: 'https://github.com/x/y', url: 'https://github.com/x/y' },
      { kind: 'text', text: '. Done' },
    ]);
  });
  it('never makes a javascript: link', () => {
    expect(splitUrls('see javascript:alert(1) now').every((p) => p.kind === 'text')).toBe(true);
  });
  it('joins back to the input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const text = `${a} https://x.org/${b} ${a}`;
        expect(
          splitUrls(text)
            .map((p) => p.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});
