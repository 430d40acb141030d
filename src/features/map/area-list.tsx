/**
 * The map as text: its areas, each with its papers and counts, every paper a link. Keyboard:
 * Tab or ↑/↓ move from area to area; → (or Enter) opens an area and moves into its papers, where
 * ↑/↓ move between papers and ← or Escape go back to the area. A focused paper is marked on the map.
 */
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Area } from '../../lib/map/areas';
import type { PaperMeta } from '../../lib/corpus-format';
import { formatCount } from '../../lib/format-number';
import { encodePaperSet } from '../../lib/url/paper-set';

/** Papers listed under an open area; the rest are one link away. */
const SHOWN = 50;

interface Props {
  areas: readonly Area[];
  papers: readonly PaperMeta[];
  inView: Uint8Array | null;
  colourOf: (area: Area) => string;
  onMark: (paper: number) => void;
}

export function AreaList({ areas, papers, inView, colourOf, onMark }: Props) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const list = useRef<HTMLUListElement>(null);
  const focusArea = (i: number) =>
    list.current?.querySelector<HTMLElement>(`[data-area="${i}"]`)?.focus();
  const focusPaper = (area: number, j: number) =>
    list.current
      ?.querySelector<HTMLElement>(`[data-area-papers="${area}"] [data-paper="${j}"]`)
      ?.focus();
  const toggle = (i: number, value = !open.has(i)) =>
    setOpen((s) => {
      const next = new Set(s);
      if (value) next.add(i);
      else next.delete(i);
      return next;
    });
  // Only counts are rendered for closed areas: 100,000 papers are a few dozen buttons.
  const shown = useMemo(
    () =>
      areas
        .map((area) => ({
          area,
          members: inView ? area.papers.filter((i) => inView[i] === 1) : area.papers,
        }))
        .filter((a) => a.members.length > 0),
    [areas, inView],
  );

  return (
    <ul className="area-list" ref={list}>
      {shown.map(({ area, members }, k) => {
        const isOpen = open.has(area.index);
        const count = inView
          ? `${formatCount(members.length)} of ${formatCount(area.papers.length)} papers`
          : `${formatCount(members.length)} ${members.length === 1 ? 'paper' : 'papers'}`;
        return (
          <li key={area.index}>
            <button
              type="button"
              className="area-button"
              aria-expanded={isOpen}
              aria-controls={`area-papers-${area.index}`}
              data-area={k}
              onClick={() => toggle(area.index)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  e.preventDefault();
                  focusArea(
                    Math.min(shown.length - 1, Math.max(0, k + (e.key === 'ArrowDown' ? 1 : -1))),
                  );
                } else if (e.key === 'ArrowRight') {
                  e.preventDefault();
                  toggle(area.index, true);
                  requestAnimationFrame(() => focusPaper(area.index, 0));
                } else if (e.key === 'ArrowLeft') {
                  e.preventDefault();
                  toggle(area.index, false);
                }
              }}
            >
              <span
                className="area-swatch"
                style={{ background: colourOf(area) }}
                aria-hidden="true"
              />
              <span className="area-name">{area.name}</span>{' '}
              <span className="area-count">{count}</span>
            </button>
            {isOpen && (
              <div id={`area-papers-${area.index}`} data-area-papers={area.index}>
                <ul className="area-papers">
                  {members.slice(0, SHOWN).map((i, j) => (
                    <li key={i}>
                      <Link
                        to={`/paper/${papers[i]!.slug}`}
                        data-paper={j}
                        onFocus={() => onMark(i)}
                        onBlur={() => onMark(-1)}
                        onMouseEnter={() => onMark(i)}
                        onMouseLeave={() => onMark(-1)}
                        onKeyDown={(e) => {
                          const last = Math.min(SHOWN, members.length) - 1;
                          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                            e.preventDefault();
                            focusPaper(
                              area.index,
                              Math.min(last, Math.max(0, j + (e.key === 'ArrowDown' ? 1 : -1))),
                            );
                          } else if (e.key === 'ArrowLeft' || e.key === 'Escape') {
                            e.preventDefault();
                            focusArea(k);
                          }
                        }}
                      >
                        {papers[i]!.title}
                      </Link>
                    </li>
                  ))}
                </ul>
                <p className="area-all">
                  <Link to={`/?papers=${encodePaperSet(members)}`}>
                    {members.length > SHOWN
                      ? `All ${formatCount(members.length)} papers of ${area.name} in search`
                      : `These ${formatCount(members.length)} papers in search`}
                  </Link>
                </p>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
