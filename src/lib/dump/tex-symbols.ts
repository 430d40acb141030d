/**
 * What TeX commands stand for in plain text. Written as `name=text` pairs so the table stays
 * readable; `␣` is a space and an empty text drops the command (font and layout switches).
 */

// A Map, not an object: `\constructor` must not find Object.prototype.constructor.
function table(spec: string): ReadonlyMap<string, string> {
  return new Map(
    spec.split(' ').map((pair) => {
      const [name = '', text = ''] = pair.split('=');
      return [name, text.replaceAll('␣', ' ')];
    }),
  );
}

export const SYMBOLS = table(
  [
    'times=× cdot=· sim=~ approx=≈ le=≤ leq=≤ ge=≥ geq=≥ neq=≠ ne=≠ pm=± infty=∞ to=→ ',
    'rightarrow=→ longrightarrow=→ Rightarrow=⇒ Longrightarrow=⇒ leftarrow=← longleftarrow=← ',
    'Leftarrow=⇐ leftrightarrow=↔ Leftrightarrow=⇔ mapsto=↦ ll=≪ gg=≫ in=∈ propto=∝ sqrt=√ ',
    'ldots=… dots=… cdots=⋯ alpha=α beta=β gamma=γ delta=δ epsilon=ε varepsilon=ε eta=η theta=θ ',
    'lambda=λ mu=μ pi=π rho=ρ sigma=σ tau=τ phi=φ psi=ψ omega=ω Delta=Δ Theta=Θ Lambda=Λ ',
    'Sigma=Σ Phi=Φ Omega=Ω ell=ℓ prime=′ circ=∘ log=log exp=exp max=max min=min quad=␣ qquad=␣ ',
    'textasciitilde=~ textasciicircum=^ textendash=– textemdash=— LaTeX=LaTeX TeX=TeX ie=i.e. eg=e.g. etal=et␣al. ',
    'left= right= em= bf= it= sc= tt= rm= sf= sl= bfseries= itshape= small= large= noindent= ',
    'xspace= centering= displaystyle= limits= ',
    // Letters BibTeX writes as commands (`{\ss}`, `{\o}`; an accented letter is below).
    'ss=ß o=ø O=Ø aa=å AA=Å ae=æ AE=Æ oe=œ OE=Œ l=ł L=Ł i=ı j=ȷ',
  ].join(''),
);

/** TeX accents as combining marks: `\"o` -> o + U+0308, composed to ö by NFC. */
export const ACCENTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '"': '\u0308',
    "'": '\u0301',
    '`': '\u0300',
    '^': '\u0302',
    '~': '\u0303',
    '=': '\u0304',
    '.': '\u0307',
    u: '\u0306',
    v: '\u030C',
    H: '\u030B',
    c: '\u0327',
    k: '\u0328',
    r: '\u030A',
  }),
);

/** Macros papers define for their own name (`\method-500k`): replaced by the paper's name. */
export const NAME_MACROS =
  /^(method|methodname|ours|ourmethod|model|modelname|name|sys|system|approach|algo|algname|framework|tool)$/;

const SUPERSCRIPT_FROM = '0123456789+-niT';
const SUPERSCRIPT_TO = [...'⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻ⁿⁱᵀ'];
export const SUPERSCRIPTS: ReadonlyMap<string, string> = new Map(
  [...SUPERSCRIPT_FROM].map((c, i) => [c, SUPERSCRIPT_TO[i] ?? c]),
);
