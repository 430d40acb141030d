/**
 * Technique rules, part 2: what happens to the context (length, positions, cache, compression,
 * chunking) and whether the method needs training at all.
 */
import type { ValueRule } from './rule-types';

const LENGTH_GENERALIZATION = 'length (generali[sz]*|extrapolat*|extension)';
const POSITION =
  'position(al)? (encoding|embedding|bias|representation|interpolation|index|indices|ids?)s?';

export const CONTEXT_RULES: ValueRule[] = [
  {
    id: 'length-generalization',
    phrases: [
      [LENGTH_GENERALIZATION, 1.5],
      ['extrapolat*', 1],
      ['context (window |length )?(extension|extrapolation)', 1.5],
      ['extend* ~ ~ (effective )?context (windows?|lengths?|sizes?)', 1.5],
      ['train short\\,? test long', 1.5],
      [
        'generali[sz]* (across|to) (varying |different |unseen |longer )?(context |sequence |input )?lengths',
        1.5,
      ],
      [
        'beyond (the |its |their )?(training|trained|pre ?training|pre ?trained) (context |sequence )?(lengths?|windows?|contexts?)',
        1.5,
      ],
      ['longer than (those |what )?(seen |it saw )?(during|in) training', 1.5],
      ['exceed* (the )?(training|pre ?training|trained) (sequence |context )?lengths?', 1.5],
      ['generali[sz]* to long(er)? (sequences?|contexts?|inputs?|texts?)', 1.5],
      ['(unseen|longer) (test )?lengths', 1],
      ['(training|trained) lengths?', 0.75],
      ['effective context (windows?|lengths?|sizes?)', 1],
      ['position interpolation', 1.5],
      ['=YaRN', 1.5],
      ['=NTK', 1],
      ['out of distribution (\\(ood\\) )?(token )?(positions?|lengths?)', 1],
    ],
    not: ['polynomial extrapolation'],
    cooccur: [
      { all: [POSITION + '|rope|rotary|alibi', 'scal(ing|ed)|interpolat*|extrapolat*'], w: 1 },
    ],
  },
  {
    id: 'position-encoding',
    phrases: [
      [POSITION, 1.5],
      ['=RoPE', 1.5],
      ['rotary', 1.5],
      ['=ALiBi', 1.5],
      ['linear biases', 1.5],
      ['relative positions?', 1.5],
      ['absolute positions?', 1],
      ['=xPos', 1.5],
      ['=NoPE', 1.5],
      ['=PE scaling', 1.5],
      ['position (methods?|schemes?|increments?)', 1],
      ['positional', 1],
    ],
    // Positions named next to length generalization are part of the paper's argument.
    cooccur: [
      {
        all: [POSITION + '|relative positions?|rope|alibi', LENGTH_GENERALIZATION + '|extrapolat*'],
        w: 2,
      },
    ],
  },
  {
    id: 'kv-cache',
    phrases: [
      ['(kv|key value) (\\(kv\\) )?(cach(e|es|ing)|states?|entries|budgets?)', 1.5],
      [
        '(kv|key value) (\\(kv\\) )?(compression|eviction|pruning|quantization|offloading|selection)',
        1.5,
      ],
      ['(key|value) caches?', 1.5],
      ['(cache|token) eviction', 1.5],
      ['heavy hitters?', 1.5],
      ['=H2O|=H_2O', 1],
      ['(kv|key value) (\\(kv\\) )?pairs?', 1],
      ['evict*', 1],
      ['cache (budgets?|sizes?|compression|management|slots?)', 1],
      ['prefetch*', 0.75],
    ],
  },
  {
    id: 'context-compression',
    phrases: [
      ['(context|prompt|token|sequence|input|soft) compression', 1.5],
      [
        'compress* ~ ~ ~ ~ ~ (contexts?|prompts?|inputs?|sequences?|tokens?|information|histor(y|ies)|documents?|segments?)',
        1.5,
      ],
      ['compress* ~ ~ (sequence|token) lengths?', 1.5],
      ['compression (in|of) (the )?(token|sequence) lengths?', 1.5],
      ['token (merging|pruning|reduction|grouping|aggregation)', 1.5],
      ['merg* ~ tokens', 1],
      ['fewer ~ tokens', 1],
      ['shorten* (the )?~ sequences?( lengths?)?', 1.5],
      [
        'reduc* (the )?(speech |audio |input )?(sequences?|tokens?) (lengths?|counts?|numbers?|to)',
        1,
      ],
      ['(residual|grouped) (vector )?(quanti[sz]ation|codes?|code modeling)', 1.5],
      ['intermediate summar*', 1.5],
      ['progress summar*', 1.5],
      ['gist tokens?', 1.5],
      ['compressors?', 1],
      ['aggregat* (information|tokens?|frames?)', 1],
      ['compression', 0.75],
    ],
    not: [
      '(kv|key value|cache|model|gradient|weight|communication) (cache )?compression',
      '(1|2|3|4|8|16) bit compression',
      'compress* the communication*',
    ],
  },
  {
    id: 'chunked-processing',
    phrases: [
      ['(chunk|segment) wise', 1.5],
      ['chunk by chunk', 1.5],
      {
        p: '(split*|divid*|partition*|decompos*|segment*|break*|chunk*) ~ ~ ~ into ~ ~ ~ (chunks?|segments?|sub ?contexts?|pieces)',
        w: 1.5,
        // Chunks sent to different devices are sequence parallelism, not chunked processing.
        unless: ['sequence-parallelism'],
      },
      { p: 'each (chunk|segment|sub ?context)', w: 1, unless: ['sequence-parallelism'] },
      { p: '(chunk|segment) selection', w: 1.5, unless: ['activation-memory'] },
      ['(relevant|important|selected) (context )?(chunks|segments)', 1],
      ['(inter|cross) ?(chunk|segment)', 1],
      ['streaming', 0.75],
      ['overlapping (frames?|chunks?|windows?|segments?)', 1],
      {
        p: 'chunk(s|ed|ing)?',
        w: 0.5,
        unless: ['sequence-parallelism', 'activation-memory', 'memory-recurrence'],
      },
      {
        p: 'segments?',
        w: 0.5,
        unless: ['sequence-parallelism', 'activation-memory', 'memory-recurrence'],
      },
    ],
  },
  {
    id: 'training-free',
    phrases: [
      { p: '(training|tuning|fine ?tuning|re ?training|learning) free', w: 1.5, negatable: false },
      {
        p: 'without (any )?(further |additional |extra |re)?(training|fine ?tuning|tuning|re ?training|parameter updates|learned weights)',
        w: 1.5,
        negatable: false,
      },
      {
        p: '(without|not) (needing|requiring|require) (any )?(additional |further |extra )?(training|fine ?tuning|re ?training|parameter updates)',
        w: 1.5,
        negatable: false,
      },
      {
        p: 'requir* no (additional |further )?(training|fine ?tuning|re ?training|parameter updates)',
        w: 1.5,
        negatable: false,
      },
      {
        p: 'no (additional |extra |further )?(training|fine ?tuning|re ?training|parameter updates)',
        w: 1.5,
        negatable: false,
      },
      ['plug and play', 1],
      ['off the shelf', 0.75],
      ['drop in', 0.75],
    ],
  },
];
