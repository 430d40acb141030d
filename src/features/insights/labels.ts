import { labelOf } from '../../lib/taxonomy';

export const techniqueLabel = (id: string): string => labelOf('technique', id);
export const modalityLabel = (id: string): string => labelOf('modality', id);
