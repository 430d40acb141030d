import { describe, expect, it } from 'vitest';
import { nextMark, type MarkPos } from './mark-nav';

// A 3 × 3 grid with a hole in the middle, then an empty row, then one mark.
const grid: MarkPos[] = [
  { row: 0, x: 0 },
  { row: 0, x: 30 },
  { row: 0, x: 60 },
  { row: 1, x: 0 },
  { row: 1, x: 60 },
  { row: 2, x: 0 },
  { row: 2, x: 30 },
  { row: 2, x: 60 },
  { row: 4, x: 50 },
];

describe('nextMark', () => {
  it('moves along a row and stops at its ends', () => {
    expect(nextMark(grid, 0, 'ArrowRight')).toBe(1);
    expect(nextMark(grid, 3, 'ArrowRight')).toBe(4);
    expect(nextMark(grid, 2, 'ArrowRight')).toBe(2);
    expect(nextMark(grid, 0, 'ArrowLeft')).toBe(0);
  });

  it('moves to the closest mark in the next row with marks', () => {
    expect(nextMark(grid, 1, 'ArrowDown')).toBe(3);
    expect(nextMark(grid, 4, 'ArrowDown')).toBe(7);
    expect(nextMark(grid, 6, 'ArrowUp')).toBe(4); // a tie in x: the nearer in order
    expect(nextMark(grid, 6, 'ArrowDown')).toBe(8);
    expect(nextMark(grid, 8, 'ArrowDown')).toBe(8);
  });

  it('reaches every one of several marks at the same x', () => {
    const stacked: MarkPos[] = [
      { row: 0, x: 10 },
      { row: 0, x: 10 },
      { row: 0, x: 10 },
    ];
    expect(nextMark(stacked, 0, 'ArrowRight')).toBe(1);
    expect(nextMark(stacked, 1, 'ArrowRight')).toBe(2);
    expect(nextMark(stacked, 2, 'ArrowLeft')).toBe(1);
  });

  it('jumps to the ends and tolerates bad input', () => {
    expect(nextMark(grid, 4, 'Home')).toBe(0);
    expect(nextMark(grid, 4, 'End')).toBe(8);
    expect(nextMark([], 0, 'ArrowDown')).toBe(0);
  });
});
