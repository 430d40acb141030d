import { labelOf } from '../../lib/taxonomy';

export const techniqueLabel = (id: string): string => labelOf('technique', id);

/** Label of a technique or topic id, for the charts that draw either. */
export const groupLabel =
  (group: 'technique' | 'topic') =>
  (id: string): string =>
    labelOf(group, id);
