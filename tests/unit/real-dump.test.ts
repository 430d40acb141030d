import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDump } from '../../src/lib/dump/parse-dump';
import { cleanText } from '../../src/lib/dump/clean-text';
import { extractLinks } from '../../src/lib/dump/extract-links';
import { extractName } from '../../src/lib/dump/paper-name';
import { slugify, uniqueSlugs } from '../../src/lib/dump/slug';

/** The real dump through the dump stage, the way scripts/corpus/build.ts runs it. */
const parsed = parseDump(readFileSync('data/papers.txt', 'utf8'));
const papers = parsed.papers.map((p) => {
  const title = cleanText(p.title);
  const rough = cleanText(p.abstract);
  const name = extractName(title, rough);
  const abstract = name && p.abstract.includes('\\') ? cleanText(p.abstract, { name }) : rough;
  return { line: p.titleLine, title, abstract, name, links: extractLinks(abstract) };
});
const byName = (name: string) => papers.find((p) => p.name === name);

/** Every link in the dump: [title line, kind, url]. */
const LINKS: [number, string, string][] = [
  [5, 'code', 'https://github.com/Kai-Liu001/InfVSR'],
  [15, 'code', 'https://github.com/Kevin-thu/Epona/'],
  [17, 'code', 'https://gitlab.com/Bachstelze/causal_generation'],
  [27, 'other', 'https://www.deepspeed.ai/tutorials/ulysses-alst-sequence-pallellism/'],
  [
    27,
    'code',
    'https://github.com/snowflakedb/ArcticTraining/blob/main/projects/sequence-parallelism/README.md',
  ],
  [31, 'code', 'https://github.com/abertsch72/unlimiformer'],
  [33, 'code', 'https://github.com/luoyuanlab/Clinical-Longformer'],
  [33, 'model', 'https://huggingface.co/yikuan8/Clinical-Longformer'],
  [47, 'code', 'https://github.com/EvolvingLMMs-Lab/LongVA'],
  [57, 'code', 'https://github.com/ai4sd/multiscale-byte-lm'],
  [63, 'code', 'https://github.com/wenhaoli-xmu/seco'],
  [65, 'code', 'https://github.com/XuezheMax/megalodon'],
  [83, 'code', 'https://github.com/iminfine/freeatten'],
  [109, 'project', 'https://steve-zeyu-zhang.github.io/InfiniMotion/'],
  [113, 'code', 'https://github.com/microsoft/Samba'],
  [125, 'project', 'https://instrinsicvoice.github.io/'],
  [133, 'code', 'https://github.com/leezythu/FocusLLM'],
  [153, 'code', 'https://github.com/Tanveer81/DocSLM'],
  [155, 'code', 'https://github.com/VinyehShaw/TRACE'],
  [161, 'code', 'https://github.com/Ledzy/StreamBP'],
  [163, 'code', 'https://github.com/feifeibear/long-context-attention'],
  [177, 'code', 'https://github.com/RulinShao/LightSeq'],
  [185, 'model', 'https://huggingface.co/infgrad/dewey_en_beta'],
  [191, 'code', 'https://github.com/GATECH-EIC/LongMamba'],
  [201, 'model', 'https://huggingface.co/THU-KEG/LongWriter-Zero-32B'],
  [203, 'code', 'http://github.com/mit-han-lab/Quest'],
  [207, 'code', 'https://github.com/Dexter-GT-86/SinkLoRA'],
  [213, 'code', 'https://github.com/bytedance/ShadowKV'],
  [219, 'code', 'https://github.com/ByteDance-Seed/AHN'],
  [225, 'project', 'https://aka.ms/valle2'],
  [227, 'project', 'https://nautilusmeshgen.github.io'],
  [231, 'code', 'https://anonymous.4open.science/r/SWAT-attention'],
];

const ARTIFACTS: [string, RegExp][] = [
  ['backslash', /\\/],
  ['brace', /[{}]/],
  ['TeX quotes', /``|''/],
  ['glued times', /\dtimes|\btimes\d|\b[A-Za-z]times\s/], // not "5-digit times 3-digit"
  ['glued left/right', /left[([]|right[)\]]|(?:right|left)arrow/i],
  ['sim', /\bsim\b/],
  ['dollar math', /\$/],
  ['subscript', /\b[A-Za-z]_\d/],
  ['double space', / {2}/],
  ['control character', /\p{Cc}/u],
  ['markdown emphasis', /\*\w|\w\*/],
  ['missing space after a sentence', /[a-z]{2}\.We\b/],
];

describe('the real dump (data/papers.txt)', () => {
  it('has 119 papers, each with a title and an abstract', () => {
    expect(papers).toHaveLength(119);
    for (const p of papers) {
      expect(p.title.length).toBeGreaterThan(3);
      expect(p.abstract.length).toBeGreaterThan(200);
    }
  });
  it('warns only about the page chrome', () => {
    expect(parsed.warnings).toEqual([
      {
        line: 1,
        message: 'skipped page text: "Get trending papers in your email inbox once a day!"',
      },
      { line: 2, message: 'skipped page text: "Get trending papers in your email inbox!"' },
      { line: 3, message: 'removed the page\'s "Subscribe" text glued to the start of the title' },
    ]);
    expect(papers[0]?.title).toBe(
      'Lodge: A Coarse to Fine Diffusion Network for Long Dance Generation Guided by the Characteristic Dance Primitives',
    );
  });
  it.each(ARTIFACTS)('leaves no %s in titles or abstracts', (_label, re) => {
    const hits = papers.flatMap((p) =>
      [p.title, p.abstract].filter((t) => re.test(t)).map(() => p.line),
    );
    expect(hits).toEqual([]);
  });
  it('repairs the known artifacts', () => {
    const all = papers.map((p) => p.abstract).join('\n');
    for (const fixed of [
      '7.93× over',
      '256×256 image',
      '35×3 examples',
      '2k → 128k',
      '(~0.1% of',
      'from O(N^2) to O(N)',
      'ℓ1-norm',
      'S²-Attn',
      'Transient Global (TGlobal)',
      '“BurstAttention”',
      'over 90% passkey',
      'IntrinsicVoice-500k',
      'IntrinsicVoice, an LLM',
      'state collapse (SC)',
      'O(n√n)',
      'ability. We propose',
    ]) {
      expect(all).toContain(fixed);
    }
  });
  it('finds exactly the known links, each verbatim in its abstract', () => {
    const found = papers.flatMap((p) =>
      p.links.map((l): [number, string, string] => [p.line, l.kind, l.url]),
    );
    expect(found).toEqual(LINKS);
    for (const p of papers) for (const l of p.links) expect(p.abstract).toContain(l.url);
    expect(byName('InfVSR')?.links).toEqual([
      { url: 'https://github.com/Kai-Liu001/InfVSR', kind: 'code' },
    ]);
    expect(byName('Epona')?.links).toEqual([
      { url: 'https://github.com/Kevin-thu/Epona/', kind: 'code' },
    ]);
  });
  it('names the papers that have a name', () => {
    for (const name of [
      'Lodge',
      'InfVSR',
      'LAWCAT',
      'RULER',
      'Transformer-XL',
      'Longformer',
      'ALiBi',
      'S4',
      'ModernBERT',
      'Avey',
      'TIM',
    ]) {
      expect(byName(name), name).toBeDefined();
    }
    expect(papers.filter((p) => p.name).length).toBeGreaterThan(100);
  });
  it('gives every paper a unique contract slug', () => {
    const slugs = uniqueSlugs(papers.map((p) => p.title));
    expect(new Set(slugs).size).toBe(119);
    papers.forEach((p, i) => expect(slugs[i]).toBe(slugify(p.title)));
    expect(slugs).toContain('longformer-the-long-document-transformer');
  });
});
