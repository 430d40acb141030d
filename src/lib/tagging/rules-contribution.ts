/**
 * Contribution rules: what kind of paper it is. Every paper gets exactly one kind; the
 * decision between the scores lives in decide-contribution.ts ('method' is the default).
 */
import type { ValueRule } from './rule-types';

const OWN = '(we|this (paper|work|study|report))';

export const CONTRIBUTION_RULES: ValueRule[] = [
  {
    id: 'method',
    phrases: [
      [
        `${OWN} ~ (propose[sd]?|introduce[sd]?|presents?|presented|develop(s|ed)?|design(s|ed)?|devise[sd]?)`,
        1.5,
      ],
      [
        '(novel|new|simple) ~ ~ (method|approach|model|framework|architecture|technique|algorithm|mechanism|network|paradigm)s?',
        1,
      ],
    ],
  },
  {
    id: 'system',
    phrases: [
      { p: 'system(s)?', w: 1.5, field: 'title' },
      ['system (optimi[sz]ations?|support|perspective|co ?design|engineering)', 1.5],
      [
        '(training|inference|serving|compiler|distributed) (system|framework|engine|runtime|infrastructure)s?',
        1.5,
      ],
      ['(distributed|scalable) training', 1.5],
      ['(sequence|context|data|hybrid|4d) parallelism', 1],
      ['serving|throughput|=MFU|flops utili[sz]ation', 0.5],
      ['(gpus|nodes|cluster|devices)', 0.5],
    ],
    // Systems of other fields: agents, dialogue, recommendation, dynamics.
    not: [
      '(multi ?agent|agentic|dialog(ue)?|recommend(er|ation)|dynamical|operating|autonomous) systems?',
    ],
  },
  {
    id: 'analysis',
    phrases: [
      {
        p: 'characteri[sz]ing|understanding|analy[sz]ing|analysis|revisiting|rethinking|investigating|study|how|why|what|can|does|do',
        w: 1,
        field: 'title',
      },
      ['comparative (study|analysis|benchmarking)', 1.5],
      [
        '(empirical|theoretical|systematic|comprehensive) (study|analysis|analyses|characteri[sz]ation|investigation)',
        1.5,
      ],
      [
        `${OWN} ~ (study|studies|investigate[sd]?|analy[sz]e[sd]?|examine[sd]?|explore[sd]?|characteri[sz]e[sd]?)`,
        1,
      ],
      ['characteri[sz]ation', 1],
      ['our (findings|analysis|analyses|results) (reveal|show|suggest|indicate|underscore)', 1],
      ['we find that|we observe that', 0.5],
    ],
    // A task named "… understanding" is no study of something: "Multimodal Understanding".
    not: [
      '(multi ?modal|image|video|visual|vision|scene|document|speech|audio|language|text|table|chart|spatial|semantic|3d|world|metaphor) understanding',
    ],
  },
  {
    id: 'benchmark',
    phrases: [
      { p: 'benchmark*|evaluation suite', w: 1.5, field: 'title' },
      [
        '(create|introduce|present|propose|build|construct|develop|release)[sd]? ~ ~ ~ (benchmark|evaluation suite|test suite)',
        1.5,
      ],
      ['evaluat* ~ ~ (long context )?(models|llms|lms)', 0.5],
    ],
  },
  {
    id: 'survey',
    phrases: [
      ['survey*|literature review|systematic review', 2],
      [`${OWN} ~ (review|summari[sz]e|categori[sz]e)[sd]?`, 1.5],
      ['overview of|taxonomy', 1],
    ],
  },
  {
    id: 'resource',
    phrases: [
      ['(gap|lack) (of|in) resources?', 2],
      ['(release|open ?source)[sd]? ~ ~ ~ (datasets?|corpus|corpora|checkpoints?|weights)', 1],
      ['largest ~ ~ ~ (datasets?|corpus|corpora)', 1.5],
      ['model checkpoints?', 1],
      ['pre ?trained models? (are )?(publicly )?available', 1],
      { p: 'technical report', w: 0.5, field: 'title' },
    ],
  },
];
