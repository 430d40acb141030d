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

/** Reads `--name: light-dark(#light, #dark)` pairs of base.css's :root, one theme's side. */
function themeVars(css: string, side: 2 | 3): Record<string, string> {
  const pair = /(--[\w-]+):\s*light-dark\((#[0-9a-fA-F]{6}),\s*(#[0-9a-fA-F]{6})\)/g;
  return Object.fromEntries([...css.matchAll(pair)].map((m) => [m[1], m[side]]));
}

describe('heat shades against the theme colours', () => {
  const css = readFileSync(new URL('../../styles/base.css', import.meta.url), 'utf8');
  const themes = {
    light: themeVars(css, 2),
    dark: themeVars(css, 3),
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
