import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText } from './clean-text';
import { extractLinks, findUrls } from './extract-links';
import { repairMarkup } from './markup';

describe('repairMarkup', () => {
  it('decodes entities without reaching into Object.prototype', () => {
    expect(repairMarkup('a &amp; b &lt;c&gt; &#65;&#x42; &valueOf; &constructor;')).toBe(
      'a & b <c> AB &valueOf; &constructor;',
    );
  });
  it('leaves text without markup untouched', () => {
    const text = 'x < y and y > z, 1 < 2; see https://x.org/a (b) [c]';
    expect(repairMarkup(text)).toBe(text);
  });
});

describe('cleanText: links stay clean and usable', () => {
  it('keeps one link from a duplicated scraped \\href', () => {
    const out = cleanText(
      'Code at https://github.com/Kevin-thu/Epona/{https://github.com/Kevin-thu/Epona/}.',
    );
    expect(out).toBe('Code at https://github.com/Kevin-thu/Epona/.');
  });
  it('drops a generic {here} label and strips .git', () => {
    expect(cleanText('the code at https://github.com/wenhaoli-xmu/seco{here}.')).toBe(
      'the code at https://github.com/wenhaoli-xmu/seco.',
    );
    expect(cleanText('in https://github.com/Tanveer81/DocSLM.git.')).toBe(
      'in https://github.com/Tanveer81/DocSLM.',
    );
  });
  it('unwraps bracketed URLs, \\url, \\href and markdown links', () => {
    expect(cleanText('at [https://github.com/a/b] and \\url{https://x.org/p}')).toBe(
      'at https://github.com/a/b and https://x.org/p',
    );
    expect(cleanText('see \\href{https://x.org/p}{our page}')).toBe(
      'see our page (https://x.org/p)',
    );
    expect(cleanText('see [the repo](https://x.org/r) or [bad](javascript:alert(1))')).toBe(
      'see the repo (https://x.org/r) or bad',
    );
  });
  it('keeps TeX-escaped characters inside URLs', () => {
    expect(cleanText('at https://github.com/a/my\\_repo.')).toBe(
      'at https://github.com/a/my_repo.',
    );
  });
  it('does not apply prose repairs inside URLs', () => {
    const url = 'https://x.org/a--b/sim_1/Oleft(1right)/c.We';
    expect(findUrls(cleanText(`see ${url} now`))[0]?.url).toBe(url);
  });
  it('strips HTML tags, drops script bodies and never keeps markup that could run', () => {
    const out = cleanText(
      'a <script>alert(1)</script><b>bold</b> <img src=x onerror="alert(1)"> b &amp; c &lt;tag&gt;',
    );
    expect(out).toBe('a bold b & c <tag>');
    expect(
      cleanText('<a href="https://x.org/p">paper</a> and <a href="javascript:alert(1)">x</a>'),
    ).toBe('paper (https://x.org/p) and x');
  });
  it('every URL in the output is found again verbatim by findUrls (property)', () => {
    const piece = fc.constantFrom(
      'https://github.com/a/b',
      'http://x.org/p?q=1',
      '{here}',
      '.git',
      '\\%',
      '``',
      "''",
      '.',
      ')',
      '(',
      '[',
      ']',
      ' ',
      'times',
      '\\em',
      '{',
      '}',
      '"',
      '<b>',
      'ab',
      '\\_',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const out = cleanText(parts.join(''));
        for (const link of extractLinks(out)) expect(out).toContain(link.url);
        expect(cleanText(out)).toBe(out);
      }),
    );
  });
});
