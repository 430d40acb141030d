import { describe, expect, it } from 'vitest';
import { decodeMap, encodeMap, MapFileError } from './map-file';

describe('map.bin', () => {
  it('keeps positions to 16 bits and clamps what is outside [0, 1]', () => {
    const xy = decodeMap(
      encodeMap([0, 1, 0.25, 0.75, -3, 9, Number.NaN, 0.5]).buffer as ArrayBuffer,
      4,
    );
    expect([...xy].map((v) => Math.round(v * 1e4) / 1e4)).toEqual([
      0, 1, 0.25, 0.75, 0, 1, 0.5, 0.5,
    ]);
  });

  it('says clearly when a file is not a map, is cut short or belongs to another build', () => {
    const good = encodeMap([0.1, 0.2, 0.3, 0.4]);
    expect(() => decodeMap(new Uint8Array([1, 2, 3]).buffer)).toThrow(MapFileError);
    expect(() => decodeMap(good.slice(0, good.length - 1).buffer)).toThrow('incomplete');
    expect(() => decodeMap(good.buffer as ArrayBuffer, 3)).toThrow('another build');
    expect(decodeMap(encodeMap([]).buffer as ArrayBuffer, 0)).toHaveLength(0);
  });
});
