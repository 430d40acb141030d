import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { HEAT_LEVELS, heatScale } from './heat-levels';
import { blend, contrast, parseHex } from './contrast';

describe('heatScale', () => {
  it('leaves 0 unshaded and gives the top shade to the maximum', () => {
    const s = heatScale(8);
    expect(s.level(0)).toBeUndefined();
    expect(s.level(1)).toBe(0);
    expect(s.level(8)).toBe(HEAT_LEVELS.length - 1);
  });

  it('bands counts on a log scale, so small counts still differ', () => {
    expect(heatScale(22).legend.map((b) => [b.from, b.to])).toEqual([
      [1, 2],
      [3, 4],
      [5, 10],
      [11, 22],
    ]);
  });

  it('has a legend that covers 1..max without gaps', () => {
    for (const max of [1, 2, 3, 5, 17, 60]) {
      const { legend } = heatScale(max);
      expect(legend[0]?.from).toBe(1);
      expect(legend[legend.length - 1]?.to).toBe(max);
      legend.slice(1).forEach((band, i) => expect(band.from).toBe((legend[i]?.to ?? 0) + 1));
    }
    expect(heatScale(0).legend).toEqual([]);
  });
});

/** Reads `--name: #hex` pairs from one rule block of base.css. */
function themeVars(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]),
  );
}

describe('heat shades against the theme colours', () => {
  const css = readFileSync(new URL('../../styles/base.css', import.meta.url), 'utf8');
  const themes = {
    light: themeVars(css, ':root'),
    dark: themeVars(css, ":root[data-theme='dark']"),
  };

  for (const [name, vars] of Object.entries(themes)) {
    it(`keeps counts on cells at AA contrast in the ${name} theme`, () => {
      const hex = (k: string) => parseHex(vars[k] ?? 'missing');
      for (const level of HEAT_LEVELS) {
        const cell = blend(hex('--accent'), hex('--bg'), level.opacity);
        const text = hex(level.onAccent ? '--accent-fg' : '--fg');
        expect(contrast(cell, text), `opacity ${level.opacity}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
