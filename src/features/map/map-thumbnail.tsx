/**
 * The paper page's map (composed into it by src/app/routes/paper-route.tsx, loaded lazily).
 * A small picture of the map with this paper marked; it links to /map centred on the paper.
 * Drawn once (no zoom or pan): every paper in its area's colour, faded, the paper on top.
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { LoadedCorpus } from '../../corpus/corpus-client';
import { useMapData } from './map-data';
import { useDarkTheme } from '../../hooks/use-dark-theme';
import { areaColour } from '../../lib/map/areas';
import { pixelOf, rasterise } from '../../lib/map/raster';
import { boundsOf, fitted, toScreen } from '../../lib/map/viewport';
import { FOCUS_PARAM } from '../../lib/map/map-url';

const WIDTH = 240;
const HEIGHT = 150;
const BG = { light: '#f4f5f7', dark: '#161b22' };
const MARK = { light: '#1b1f24', dark: '#e6edf3' };

export function MapThumbnail({
  corpus,
  index,
  slug,
}: {
  corpus: LoadedCorpus;
  index: number;
  slug: string;
}) {
  const state = useMapData(corpus.meta.base, corpus.papers.length);
  const dark = useDarkTheme();
  const canvas = useRef<HTMLCanvasElement>(null);
  const map = state.status === 'ready' ? state.map : null;

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || !map) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    const [w, h] = [Math.round(WIDTH * dpr), Math.round(HEIGHT * dpr)];
    c.width = w;
    c.height = h;
    const size = { width: WIDTH, height: HEIGHT, bounds: boundsOf(map.xy) };
    const theme = dark ? 'dark' : 'light';
    const byArea = map.areas.areas.map((a) => pixelOf(areaColour(a, dark), 0.45, BG[theme]));
    const colour = Uint32Array.from(map.areas.areaOf, (a) => byArea[a]!);
    const img = ctx.createImageData(w, h);
    const n = map.xy.length >> 1;
    const v = fitted(size);
    rasterise(new Uint32Array(img.data.buffer), w, h, dpr, v, size, {
      xy: map.xy,
      colour,
      faded: colour,
      inView: null,
      radius: (n > 5000 ? 0.8 : 1.6) * dpr,
    });
    ctx.putImageData(img, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const [x, y] = toScreen(v, size, map.xy[2 * index]!, map.xy[2 * index + 1]!);
    ctx.fillStyle = MARK[theme];
    ctx.strokeStyle = MARK[theme];
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(x, y, 3.5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.beginPath();
    ctx.arc(x, y, 8, 0, 2 * Math.PI);
    ctx.stroke();
  }, [map, dark, index]);

  if (state.status === 'error') return null;
  const area = map ? map.areas.areas[map.areas.areaOf[index]!] : undefined;
  return (
    <section aria-labelledby="map-thumb-heading" className="map-thumb">
      <h2 id="map-thumb-heading">On the map</h2>
      <Link to={`/map?${FOCUS_PARAM}=${encodeURIComponent(slug)}`} className="map-thumb-link">
        <canvas
          ref={canvas}
          width={WIDTH}
          height={HEIGHT}
          style={{ width: WIDTH, height: HEIGHT }}
          aria-hidden="true"
        />
        <span>Open the map centred on this paper{area ? ` (area: ${area.name})` : ''}</span>
      </Link>
    </section>
  );
}
