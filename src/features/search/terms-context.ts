import { createContext } from 'react';

/**
 * The matched terms of the results shown. A context, not a prop: when only the terms change (the
 * common keystroke), React re-renders just the highlighted title and snippet of each result, not
 * the item, its link or its star.
 */
export const TermsContext = createContext<readonly string[]>([]);
