/** Modality rules, part 2: scientific and engineering domains (see rules-modality.ts). */
import type { ValueRule } from './rule-types';

export const DOMAIN_RULES: ValueRule[] = [
  {
    id: 'biology',
    phrases: [
      ['=DNA|=RNAs?|lncrnas?|mrnas?|genom(e|es|ic|ics)|nucleotides?|amino acids?', 2],
      ['proteins?|molecul(e|es|ar)|chemi(cal|stry)|biological', 1.5],
      ['genes?|base pairs?|single cell|sequencing', 1],
    ],
    not: ['biological(ly)? (inspired|plausible)'],
  },
  {
    id: 'medical',
    phrases: [
      ['clinical|medical|biomedical|radiology|electronic health records?|=EHRs?', 2],
      ['patients?|=CT|=MRI|hospitals?|cancers?|tumou?rs?', 1.5],
      ['health ?care|anatom(y|ical)', 1],
      ['diseases?|medicine', 0.5],
      // Machine learning diagnoses too ("a diagnostic benchmark", "to diagnose failures"): it only
      // backs up a medical word, even in a title and again in the abstract.
      ['diagnos(is|tic|tics|e|ed|ing)', 0.25],
    ],
    // A versioned name ("CT-1", a camera model) is not computed tomography.
    not: ['=CT [0123456789][0123456789]?'],
  },
  {
    id: 'code',
    phrases: [
      ['source code', 1.5],
      ['long code', 1.5],
      [
        'code (generation|completion|models?|understanding|repositor(y|ies)|synthesis|tasks?|llms?|sequences?|projects?|related|agents?)|coding (agents?|tasks?|assistants?)',
        1.5,
      ],
      ['programming|programmers?|codebases?|repository level', 1.5],
      ['software', 1],
    ],
    not: ['programming (problems?|approach)', '(integer|linear|dynamic) programming'],
  },
  {
    id: '3d',
    phrases: [
      ['=3D|three dimensional', 1.5],
      ['meshe?s?|point clouds?|voxels?', 2],
      ['gaussian splatting|neural radiance fields?|=NeRFs?|novel view synthesis', 2],
      ['vertices', 1],
    ],
    not: ['(static|dynamic|device|2d|1d) mesh*', '3d parallel*'],
  },
  {
    id: 'time-series',
    phrases: [
      ['time ?series', 2],
      ['forecasting', 1.5],
      ['sensors?|temporal data', 1],
    ],
  },
];
