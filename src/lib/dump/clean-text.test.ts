import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';

describe('cleanText: TeX escapes and groups', () => {
  it('unescapes \\% \\& \\# \\_ \\$', () => {
    expect(cleanText('over 90\\% on S-NIAH 1\\&2\\&3 and Q\\&A, item \\#1, a\\_b costs \\$5')).toBe(
      'over 90% on S-NIAH 1&2&3 and Q&A, item #1, a_b costs $5',
    );
  });
  it('drops font groups and commands but keeps their text', () => {
    expect(cleanText('we call {\\em Transient Global} (TGlobal)')).toBe(
      'we call Transient Global (TGlobal)',
    );
    expect(cleanText('a \\textbf{bold} and \\emph{\\textit{nested}} word')).toBe(
      'a bold and nested word',
    );
  });
  it('drops citations and labels', () => {
    expect(cleanText('as shown before \\cite{vaswani2017} and in \\ref{fig:1}.')).toBe(
      'as shown before and in .',
    );
  });
  it('expands a name macro with the paper name, or keeps the word without one', () => {
    expect(cleanText('a dataset named \\method-500k which', { name: 'IntrinsicVoice' })).toBe(
      'a dataset named IntrinsicVoice-500k which',
    );
    expect(cleanText('a dataset named \\method-500k')).toBe('a dataset named method-500k');
  });
  it('keeps an unknown macro as its word and removes stray braces and backslashes', () => {
    expect(cleanText('the \\foo{} model {x} \\\\ done')).toBe('the foo model x done');
  });
});

describe('cleanText: math', () => {
  it('unwraps \\( \\) and $ $ inline math', () => {
    expect(cleanText("matrix \\( A \\), model \\( x'(t) = Ax(t) \\).")).toBe(
      "matrix A, model x'(t) = Ax(t).",
    );
    expect(cleanText('cost $O(n^2)$ and $\\alpha \\leq 1$')).toBe('cost O(n²) and α ≤ 1');
  });
  it('turns a superscript in math into a superscript character', () => {
    expect(cleanText('shifted sparse attention (S\\(^2\\)-Attn)')).toBe(
      'shifted sparse attention (S²-Attn)',
    );
  });
  it('keeps dollar amounts that are not math', () => {
    expect(cleanText('it costs $5 and $10 per run')).toBe('it costs $5 and $10 per run');
  });
  it('handles \\frac and \\sqrt', () => {
    expect(cleanText('$\\frac{1}{2}$ and $\\sqrt{n}$')).toBe('1/2 and √n');
  });
});

describe('cleanText: math whose backslashes the scraper lost', () => {
  it('turns glued "times" into ×', () => {
    expect(cleanText('up to 7.93times over PyTorch and 4.4times speedup')).toBe(
      'up to 7.93× over PyTorch and 4.4× speedup',
    );
    expect(cleanText('a 256times256 image as 8times8 maps')).toBe('a 256×256 image as 8×8 maps');
    expect(cleanText('generalize to 35times 3 examples')).toBe('generalize to 35×3 examples');
  });
  it('leaves words that merely contain times/sim/left/right alone', () => {
    const prose =
      'sometimes similar results; the right-hand side is left over; 6 times longer; leftmost';
    expect(cleanText(prose)).toBe(prose);
  });
  it('repairs left/right delimiters, arrows and sim', () => {
    expect(cleanText('from Oleft(N^2right) to Oleft(Nright), where')).toBe(
      'from O(N^2) to O(N), where',
    );
    expect(cleanText('(e.g. 2klongrightarrow 128k)')).toBe('(e.g. 2k → 128k)');
    expect(cleanText('steps (sim 0.1% of the budget)')).toBe('steps (~0.1% of the budget)');
  });
  it('restores square roots dropped from O(...) and spaces log', () => {
    expect(cleanText('reduce this to O(n n). Cost (O(Llog(L)) or O(LL)), O(N logN) time')).toBe(
      'reduce this to O(n√n). Cost (O(L log(L)) or O(L√L)), O(N log N) time',
    );
  });
  it('writes subscripts outside math as plain text', () => {
    expect(cleanText('the l_1-norm, F_1 score and H_2O')).toBe('the ℓ1-norm, F1 score and H2O');
  });
  it('keeps identifiers with underscores', () => {
    expect(cleanText('GPQA_diamond and dewey_en_beta')).toBe('GPQA_diamond and dewey_en_beta');
  });
});

describe('cleanText: quotes, dashes, emphasis, spacing', () => {
  it('turns TeX quotes into typographic ones', () => {
    expect(cleanText("named ``BurstAttention'' and ``free lunch\"? and ''teaching''")).toBe(
      'named “BurstAttention” and “free lunch”? and “teaching”',
    );
  });
  it('keeps apostrophes', () => {
    expect(cleanText("Meta's model and LLMs' context")).toBe("Meta's model and LLMs' context");
  });
  it('turns TeX dashes into dashes but keeps single hyphens and flags', () => {
    expect(cleanText('FFT--which -- here; 2.8-5.5 times; use --fp16')).toBe(
      'FFT–which – here; 2.8-5.5 times; use --fp16',
    );
  });
  it('drops markdown emphasis', () => {
    expect(cleanText('we study *state collapse* (SC) and **bold**')).toBe(
      'we study state collapse (SC) and bold',
    );
  });
  it('restores a missing space after a full stop, but not in identifiers', () => {
    expect(cleanText('inherent ability.We propose it; see torch.Tensor')).toBe(
      'inherent ability. We propose it; see torch.Tensor',
    );
  });
  it('repairs a comma transposed into a word only when the word occurs elsewhere', () => {
    expect(cleanText('we introduce IntrinsicVoic,e an LLM. IntrinsicVoice aims')).toBe(
      'we introduce IntrinsicVoice, an LLM. IntrinsicVoice aims',
    );
    expect(cleanText('values abc,d e')).toBe('values abc,d e');
  });
  it('collapses whitespace and strips control characters', () => {
    expect(cleanText('  a\t b\u0000c\u0007\r\n d\u200b e\u00a0f  ')).toBe('a bc d e f');
  });
});
