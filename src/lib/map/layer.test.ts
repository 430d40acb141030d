import { describe, expect, it } from 'vitest';
import { countOnScreen, layerOffset, layerPlacement, layerSize } from './layer';

describe('point layer', () => {
  const v = { cx: 0.5, cy: 0.5, scale: 1000 };

  it('is reused while a pan stays within its margin, at the same zoom', () => {
    expect(layerOffset(v, v, 1, 100)).toEqual([-100, -100]);
    // The map moved 0.05 units left: the layer is copied 50 px further right.
    expect(layerOffset(v, { ...v, cx: 0.45 }, 1, 100)).toEqual([-50, -100]);
    expect(layerOffset(v, { ...v, cy: 0.56 }, 2, 100)).toBeNull();
    expect(layerOffset(v, { ...v, scale: 1001 }, 1, 100)).toBeNull();
  });

  it('is scaled during a gesture while it covers the canvas, drawn again otherwise', () => {
    const canvas = { width: 200, height: 100 };
    expect(layerPlacement(v, v, 1, canvas, false, 100)).toEqual({ x: -100, y: -100, scale: 1 });
    // Zoomed in 1.5× about the centre: the 400 × 300 layer grows to 600 × 450 around it.
    expect(layerPlacement(v, { ...v, scale: 1500 }, 1, canvas, true, 100)).toEqual({
      x: -200,
      y: -175,
      scale: 1.5,
    });
    expect(layerPlacement(v, { ...v, scale: 1500 }, 1, canvas, false, 100)).toBeNull();
    // Zoomed out to 0.6×: 240 × 180 no longer covers the canvas's height plus its centre shift.
    expect(layerPlacement(v, { ...v, scale: 600, cy: 0.7 }, 1, canvas, true, 100)).toBeNull();
    expect(layerPlacement(v, { ...v, scale: 3000 }, 1, canvas, true, 100)).toBeNull();
  });

  it('is the canvas grown by its margin', () => {
    expect(layerSize({ width: 300, height: 200 }, 2, 100)).toEqual({ width: 400, height: 300 });
  });

  it('counts the points on the canvas, in colour and faded', () => {
    const xy = Float32Array.from([0.5, 0.5, 0.6, 0.5, 0.9, 0.9]);
    const size = { width: 300, height: 300 };
    expect(countOnScreen(xy, null, v, size)).toEqual({ full: 2, faded: 0 });
    expect(countOnScreen(xy, Uint8Array.from([0, 1, 1]), v, size)).toEqual({ full: 1, faded: 1 });
  });
});
