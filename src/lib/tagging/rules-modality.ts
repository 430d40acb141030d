/**
 * Modality rules: which kind of data the paper models. Mentions count per sentence (flat
 * context, see sentences.ts); right after "such as", "various"… a mention counts half.
 * Text is special: nearly every paper says "language model", so generic text words count only
 * when no other modality was found; a paired phrase ("vision-language", "video and language")
 * or a text task ("question answering") counts always. With no modality found at all, any text
 * cue (even "tokens") tags text: the group's fallback (rules.ts).
 */
import type { ValueRule } from './rule-types';
import { DOMAIN_RULES } from './rules-modality-domains';

const NON_TEXT = [
  'image',
  'video',
  'audio',
  'music',
  'motion',
  'biology',
  'medical',
  'code',
  '3d',
  'time-series',
];
// Sequence domains that borrow "language modelling" for their own tokens (DNA, code, audio).
const TOKEN_DOMAINS = ['audio', 'music', 'biology', 'code'];

export const MODALITY_RULES: ValueRule[] = [
  {
    id: 'text',
    phrases: [
      ['(vision|video|visual) ?language', 2],
      ['(images?|videos?|visual|vision) and (language|texts?)', 2],
      ['language (and|to) (vision|videos?|images?)', 2],
      ['(image|video) texts?', 2],
      ['texts? and (images?|videos?|speech|audio)', 2],
      ['long (context )?texts?', 1.5],
      [
        'text (documents?|tokens?|sequences?|data|inputs?|corpora|generation|classification|embeddings?|understanding|summari[sz]ation)',
        1.5,
      ],
      ['textual', 1],
      ['natural language (tasks?|understanding|generation|inference)', 1.5],
      [
        '(question answering|summari[sz]ation|named entity recognition|sentiment analysis|document classification)',
        1.5,
      ],
      ['documents?', 1],
      ['dialog(ue)?s?', 1.5],
      ['books?', 1],
      // Well-known text corpora and benchmarks.
      [
        'wiki ?text*|enwiki?8|text8|=PG-?19|=Pile|=PILE|slim ?pajama|=C4|=GLUE|super ?glue|=SQuAD|=MMLU',
        1.5,
      ],
      [
        '=(LongBench|BABILong|InfiniteBench|ZeroSCROLLS|SCROLLS|BookSum|NarrativeQA|TriviaQA|HotpotQA|WikiHop)',
        1.5,
      ],
      ['passkey|needle in a haystack|=NIAH', 1],
      { p: 'language model(l)?ing', w: 1.5, unless: TOKEN_DOMAINS },
      { p: 'perplexity', w: 1, unless: TOKEN_DOMAINS },
      { p: 'language models?', w: 1.5, unless: NON_TEXT },
      { p: '=LLMs?|=LMs?', w: 1.5, unless: NON_TEXT },
      { p: '=NLP|natural language', w: 1.5, unless: NON_TEXT },
      { p: 'texts?', w: 1, unless: NON_TEXT },
      // Weak: enough only for the group fallback, when no other modality is found.
      { p: 'tokens?|words?|vocabular(y|ies)|tokeni[sz]*', w: 0.25, unless: NON_TEXT },
      {
        p: 'context (windows?|lengths?|sizes?)|long contexts?',
        w: 0.25,
        unless: NON_TEXT,
      },
      {
        p: '(decoder|encoder) only|autoregressive|transformers?|sequence model(l)?ing',
        w: 0.25,
        unless: NON_TEXT,
      },
    ],
    not: ['texts? to (speech|images?|videos?|motion|music|audio|3d)', 'text prompts?'],
  },
  {
    id: 'image',
    phrases: [
      ['images?', 1.5],
      [
        'image (classification|generation|recognition|modell?ing|synthesis|super resolution|editing|restoration|inpainting|captioning|quality|tokeni[sz]ers?)|text to images?',
        2,
      ],
      ['imagenet*|=CIFAR*|=MNIST', 2],
      ['images? and (language|texts?)|texts? and images?', 2],
      ['(large|high resolution|natural) images?', 2],
      ['vision transformers?|=ViTs?|computer vision', 1.5],
      ['imagery|photos?|photographs?', 1.5],
      ['pixels?', 1],
      ['visual (question answering|q ?& ?a)', 1.5],
      { p: 'vision (tasks?|models?|modality|benchmarks?)', w: 2, unless: ['video'] },
      { p: 'vision ?language', w: 1, unless: ['video'] },
    ],
    not: [
      '(3d|medical|ct|mri) (medical )?images?',
      'images? ~ to videos?',
      'medical image*',
      'moving mnist',
    ],
  },
  {
    id: 'video',
    phrases: [
      ['videos?', 1.5],
      ['video (generation|understanding|prediction|super resolution|diffusion|dubbing)', 2],
      ['(long|streaming) videos?', 2],
      ['frames', 0.5],
      ['moving mnist', 2],
      { p: 'spatio ?temporal*', w: 0.75, unless: ['3d', 'medical'] },
      ['world models?', 0.5],
    ],
    not: ['video ?games?'],
  },
  {
    id: 'audio',
    phrases: [
      ['audio|speech|spoken|voice', 1.5],
      ['text to speech|speech (recognition|synthesis|translation)|=ASR', 2],
      ['speakers?|acoustic|sound (events?|effects?|generation|signals?)', 1],
      ['codecs?', 1],
      // Also "test-time scaling" in reasoning papers: it backs up a speech word only.
      ['=TTS', 0.5],
    ],
    // Speech as written language.
    not: ['hate speech|speech acts?|parts? of speech|figures? of speech|free speech'],
  },
  {
    id: 'music',
    phrases: [
      ['music*|songs?|melod(y|ies|ic)', 1.5],
      ['symbolic music|=MIDI', 2],
      ['multitrack|polyphonic|instruments?', 1],
    ],
  },
  {
    id: 'motion',
    phrases: [
      ['human motions?|text to motion', 2],
      ['motion (generation|sequences?|capture|synthesis|quality|data)', 2],
      ['danc(e|es|ing)|choreograph*', 1.5],
      ['(human|body) poses?|pose (estimation|sequences?)|skeleton*', 1],
      { p: 'motions?', w: 1, unless: ['video'] },
    ],
    not: ['motion (planning|planners?|blur|vectors?|estimation)'],
  },
  ...DOMAIN_RULES,
];
