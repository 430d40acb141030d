/**
 * /map: every paper placed by what it is about (the build's layout, map.bin), coloured by area.
 * The parameters of `/` choose the view whose papers are in full colour; the others are faded.
 * A dragged rectangle chooses papers and links to the search page for exactly those.
 */
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { CorpusState } from '../../corpus/corpus-client';
import { useViewOrder } from '../../corpus/use-search-results';
import { useMapData } from './map-data';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useDarkTheme } from '../../hooks/use-dark-theme';
import { areaColour } from '../../lib/map/areas';
import type { Area } from '../../lib/map/areas';
import { decodeMapUrl, narrowsPapers } from '../../lib/map/map-url';
import { pixelOf } from '../../lib/map/raster';
import { formatCount } from '../../lib/format-number';
import { encodeView } from '../../lib/url/view-codec';
import { viewOf } from '../../lib/url/view-state';
import { MapCanvas } from './map-canvas';
import type { MapTheme } from './map-canvas';
import { AreaList } from './area-list';
import '../../styles/map.css';

/** The canvas box's background and text, per theme (base.css --bg-soft, --fg, --accent). */
const THEMES: Record<'light' | 'dark', MapTheme> = {
  light: { bg: '#f4f5f7', fg: '#1b1f24', accent: '#0b5cad' },
  dark: { bg: '#161b22', fg: '#e6edf3', accent: '#6cb6ff' },
};
/** How much of its colour a paper outside the view keeps. */
const FADED = 0.2;

interface Props {
  corpus: CorpusState;
  /** Called once the first frame is drawn (or the map failed): the corpus may load then. */
  onSettled: () => void;
}

export function MapPage({ corpus: corpusState, onSettled }: Props) {
  useDocumentTitle('Map');
  const { search } = useLocation();
  const navigate = useNavigate();
  const { view, unknown, focus } = useMemo(() => decodeMapUrl(search), [search]);
  const corpus = corpusState.status === 'ready' ? corpusState.corpus : null;
  const state = useMapData(undefined, corpus?.papers.length);
  const narrowed = narrowsPapers(view);
  // The whole collection needs no search (and no index loaded for it).
  const order = useViewOrder(narrowed ? corpus : null, view);
  const dark = useDarkTheme();
  const theme = THEMES[dark ? 'dark' : 'light'];
  const [marked, setMarked] = useState(-1);
  const [selecting, setSelecting] = useState(false);
  const [selection, setSelection] = useState<number[] | null>(null);
  const map = state.status === 'ready' ? state.map : null;
  const total = map ? map.xy.length >> 1 : (corpus?.papers.length ?? 0);
  const focusIndex = focus && corpus ? (corpus.bySlug.get(focus)?.index ?? -1) : -1;
  const failed = state.status === 'error';
  useEffect(() => {
    if (failed) onSettled();
  }, [failed, onSettled]);

  // A view's papers are in colour; until they are known, none are (the status says so).
  const inView = useMemo(() => {
    if (!narrowed) return null;
    const mask = new Uint8Array(total);
    for (const i of order ?? []) mask[i] = 1;
    return mask;
  }, [narrowed, order, total]);

  const colours = useMemo(() => {
    if (!map) return null;
    const byArea = map.areas.areas.map((a) => areaColour(a, dark));
    const full = byArea.map((c) => pixelOf(c));
    const faded = byArea.map((c) => pixelOf(c, FADED, theme.bg));
    const colour = new Uint32Array(total);
    const fadedOf = new Uint32Array(total);
    map.areas.areaOf.forEach((a, i) => {
      colour[i] = full[a]!;
      fadedOf[i] = faded[a]!;
    });
    return { colour, faded: fadedOf };
  }, [map, dark, theme.bg, total]);
  const titles = useMemo(() => corpus?.papers.map((p) => p.title) ?? [], [corpus]);

  const shown = narrowed ? (order?.length ?? null) : total;
  const status =
    shown === null || !map
      ? narrowed
        ? 'Finding the papers of this view…'
        : 'Loading the map…'
      : narrowed
        ? `${formatCount(shown)} of ${formatCount(total)} papers`
        : `${formatCount(total)} papers`;
  const colourOf = (a: Area) => areaColour(a, dark);
  const selectionHref = selection ? `/${encodeView({ ...viewOf(), papers: selection })}` : '';

  return (
    <main id="main" className="page map-page">
      <h1>Map</h1>
      <p className="muted map-intro">
        Each point is a paper; papers about similar things lie close together, coloured by area.
        {narrowed && ' Papers of the current view are in full colour, the others faded.'}
      </p>
      {unknown.length > 0 && (
        <p className="notice" role="alert">
          Not recognised and ignored: {unknown.map((u) => `${u.group}=${u.value}`).join(', ')}.
        </p>
      )}
      {corpusState.status === 'error' && (
        <p className="notice" role="alert">
          The collection could not be loaded ({corpusState.message}): the map has no titles or
          links. Check your connection and reload the page.
        </p>
      )}
      {focus && corpus && focusIndex < 0 && (
        <p className="notice" role="alert">
          No paper in this collection has the address “{focus.slice(0, 60)}”.
        </p>
      )}
      <div className="map-toolbar">
        <p role="status" className="map-status">
          {status}
        </p>
        <button
          type="button"
          className="button"
          aria-pressed={selecting}
          onClick={() => setSelecting((s) => !s)}
        >
          Select a region
        </button>
        {selection && (
          <span className="map-selection">
            <Link className="map-show" to={selectionHref}>
              Show these {formatCount(selection.length)} papers
            </Link>
            <button
              type="button"
              className="button button--link"
              onClick={() => setSelection(null)}
            >
              Clear selection
            </button>
          </span>
        )}
        {narrowed && (
          <Link className="map-back" to={`/${encodeView(view)}`}>
            Back to these results
          </Link>
        )}
      </div>
      {state.status === 'error' && (
        <p className="notice" role="alert">
          {state.message}. The list of areas below needs the map too; try reloading the page.
        </p>
      )}
      {map && colours && (
        <>
          <MapCanvas
            xy={map.xy}
            areas={map.areas.areas}
            colour={colours.colour}
            faded={colours.faded}
            inView={inView}
            titles={titles}
            theme={theme}
            marked={marked >= 0 ? marked : focusIndex}
            centreOnMarked={focusIndex >= 0}
            onFirstFrame={onSettled}
            selecting={selecting}
            selection={selection}
            onSelect={setSelection}
            onOpen={(i) => corpus && void navigate(`/paper/${corpus.papers[i]!.slug}`)}
            label={`Map of ${status.replace('…', '')} in ${map.areas.areas.length} areas. The list of areas below gives the same information as text.`}
          />
          <p id="map-keys" className="muted map-keys">
            Drag to pan, scroll or pinch to zoom; with the map focused, arrow keys pan, + and −
            zoom, 0 shows the whole map. Hover a point for its title, click to open it.
            {selecting ? ' Drag' : ' Shift-drag (or “Select a region”)'} to choose the papers in a
            rectangle.
          </p>
          <section className="map-areas" aria-labelledby="map-areas-title">
            <h2 id="map-areas-title">Areas of the map</h2>
            <p className="muted">
              Each paper sits in one area, that of its main topic, so an area can hold fewer papers
              than the Topic filter of the same name counts. Open an area to list its papers.
              Keyboard: ↑ and ↓ move between areas, → opens one and moves into its papers, ← goes
              back.
            </p>
            {corpus ? (
              <AreaList
                areas={map.areas.areas}
                papers={corpus.papers}
                inView={inView}
                colourOf={colourOf}
                onMark={setMarked}
              />
            ) : (
              <p className="muted">Loading the papers of each area…</p>
            )}
          </section>
        </>
      )}
    </main>
  );
}
