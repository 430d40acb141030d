import { describe, expect, it } from 'vitest';
import { decodeMap, encodeMap, MapFileError } from './map-file';
import type { MapAreas } from './areas';

const areasOf = (areaOf: number[], names = ['Video', 'Other papers']): MapAreas => ({
  areaOf: Int32Array.from(areaOf),
  areas: names.map((name, index) => ({
    index,
    key: index < names.length - 1 ? { group: 'topic', id: name.toLowerCase() } : null,
    name,
    papers: areaOf.flatMap((a, i) => (a === index ? [i] : [])),
    x: 0.25 * index,
    y: 0.5,
    colour: index < names.length - 1 ? index : -1,
  })),
});

describe('map.bin', () => {
  it('keeps positions to 16 bits and clamps what is outside [0, 1]', () => {
    const file = encodeMap([0, 1, 0.25, 0.75, -3, 9, Number.NaN, 0.5], areasOf([0, 0, 1, 0]));
    const { xy } = decodeMap(file.buffer as ArrayBuffer, 4);
    expect([...xy].map((v) => Math.round(v * 1e4) / 1e4)).toEqual([
      0, 1, 0.25, 0.75, 0, 1, 0.5, 0.5,
    ]);
  });

  it('carries each paper’s area and the areas’ names, colours and label points', () => {
    const areas = areasOf([1, 0, 0]);
    const { areas: read } = decodeMap(
      encodeMap([0, 0, 0.5, 0.5, 1, 1], areas).buffer as ArrayBuffer,
    );
    expect(read).toEqual(areas);
    // More than 255 areas take two bytes a paper.
    const many = areasOf([300, 2], [...Array.from({ length: 301 }, (_, i) => `a${i}`), 'none']);
    expect(decodeMap(encodeMap([0, 0, 1, 1], many).buffer as ArrayBuffer).areas.areaOf).toEqual(
      Int32Array.from([300, 2]),
    );
  });

  it('says clearly when a file is not a map, is cut short or belongs to another build', () => {
    const good = encodeMap([0.1, 0.2, 0.3, 0.4], areasOf([0, 1]));
    expect(() => decodeMap(new Uint8Array([1, 2, 3]).buffer)).toThrow(MapFileError);
    expect(() => decodeMap(good.slice(0, good.length - 1).buffer)).toThrow('incomplete');
    expect(() => decodeMap(good.buffer as ArrayBuffer, 3)).toThrow('another build');
    const badArea = good.slice();
    badArea[16 + 8] = 7;
    expect(() => decodeMap(badArea.buffer)).toThrow('incomplete');
    expect(decodeMap(encodeMap([], areasOf([])).buffer as ArrayBuffer, 0).xy).toHaveLength(0);
  });
});
