/**
 * The map's URL: `/map` with the parameters of `/` (the view whose papers are shown in colour)
 * and `focus=<slug>` (the paper the map opens centred on). Never throws.
 */
import type { ViewState } from '../url/view-state';
import type { DecodedView } from '../url/view-codec';
import { decodeView, encodeView } from '../url/view-codec';
import { isSlug } from '../url/ids-param';

export const FOCUS_PARAM = 'focus';

export interface MapUrl extends DecodedView {
  /** A well-formed slug, or null (unknown slugs are the page's to report). */
  focus: string | null;
}

export function decodeMapUrl(search: string): MapUrl {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search.slice(0, 2_100_000) : '');
  } catch {
    params = new URLSearchParams();
  }
  const raw = params.get(FOCUS_PARAM);
  params.delete(FOCUS_PARAM);
  const focus = raw !== null && isSlug(raw.trim().toLowerCase()) ? raw.trim().toLowerCase() : null;
  const decoded = decodeView(params.toString());
  if (raw !== null && focus === null)
    decoded.unknown.push({ group: 'param', value: `${FOCUS_PARAM}=${raw.slice(0, 60)}` });
  return { ...decoded, focus };
}

/** Whether a view narrows the papers at all (otherwise every paper is in colour). */
export function narrowsPapers(view: ViewState): boolean {
  return view !== undefined && encodeView({ ...view, page: 1, sort: undefined }) !== '';
}
