import { useRef } from 'react';
import type { FacetCounts } from '../../lib/facets/counts';
import type { ViewState } from '../../lib/url/view-state';
import { useMediaQuery } from '../../hooks/use-media-query';
import { FacetFilters } from './facet-filters';
import type { FacetLayout } from '../../lib/topics/facet-layout';

interface Props {
  view: ViewState;
  counts: FacetCounts;
  onChange: (patch: Partial<ViewState>, replace?: boolean) => void;
  layout?: FacetLayout;
  /** Papers in the results: the drawer's close button says how many it shows. */
  total: number;
}

/** A sidebar on wide screens; on small screens a modal drawer (native <dialog> traps focus for us). */
export function FacetPanel({ total, ...props }: Props) {
  const narrow = useMediaQuery('(max-width: 760px)');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const selected =
    props.view.technique.length +
    props.view.modality.length +
    props.view.contribution.length +
    props.view.topic.length;

  if (!narrow) {
    return (
      <aside className="facet-panel" aria-label="Filters">
        <FacetFilters {...props} />
      </aside>
    );
  }
  return (
    <div className="facet-drawer-bar">
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => dialogRef.current?.showModal()}
      >
        Filters{selected > 0 ? ` (${selected} selected)` : ''}
      </button>
      <dialog ref={dialogRef} className="facet-drawer" aria-label="Filters">
        <div className="facet-drawer-head">
          <h2>Filters</h2>
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            Show {total} {total === 1 ? 'paper' : 'papers'}
          </button>
        </div>
        <FacetFilters {...props} />
      </dialog>
    </div>
  );
}
