/**
 * Words that say nothing about what a paper is about. Besides English function words, this drops
 * the vocabulary every abstract uses ("propose", "method", "results", "state-of-the-art"), so
 * similarity rests on technical terms ("attention", "cache", "genomic"). Entries are stems as
 * produced by `stem` in terms.ts, and also listed as plain words, since both are checked.
 */
const ENGLISH = `a about above after again against all almost along already also although always am among an
and another any are around as at be because been before being below between both but by can could did do
does doing done down during each either else enough even ever every few for from further had has have
having he her here hers him his how however i if in into is it its itself just least less let like made
make makes many may me might more most much must my neither no nor not now of off often on once one only
onto or other others otherwise our ours out over own per perhaps rather same several she should since so
some such than that the their theirs them themselves then there thereby therefore these they this those
though through thus to together too toward towards under until up upon us very via was we well were what
when where whether which while who whom whose why will with within without would yet you your
et al eg ie vs etc cf go ok`;

const ACADEMIC = `ability able abstract accurate achieve achieved achieves achieving across addition additional
address addresses advantage allow allows analysis analyze apply applied approach approaches art available
based baseline baselines benchmark benchmarks best better case cases challenge challenges challenging
code common compared comparable comparison competitive comprehensive consistent consistently current
demonstrate demonstrated demonstrates design designed develop developed different directly due effective
effectively efficacy enable enables enabling especially evaluate evaluated evaluation evaluations exist
existing experiment experimental experiments explore extensive extensively fact far find findings first
framework frameworks further furthermore given good great high higher highly however important improve
improved improvement improvements improves improving include includes including increase increased
increasingly introduce introduced introduces issue issues key known large larger leading leverage
leverages limited lower main maintain maintaining method methods model models moreover need needs new
notably novel number observe obtain offer offers open outperform outperforms overall paper particular
performance performs popular possible potential practical present presents previous prior problem
problems promising propose proposed proposes provide provides publicly range recent recently reduce
reduces related release released remain remains require requires research result results second set
show shown shows significant significantly similar simple so-called specific specifically strong
study studies substantial success successful suggest superior support supports task tasks technique
techniques third three two type typically understanding use used uses using various version way wide
widely work works end non deep primarily entirely exceed exceeding alleviate alleviates hundreds
thousands millions billions change changes changing role roles advanced small smaller drop drops form
break breaks breaking limit limits limitation limitations scratch intensive alternative alternatives lack
lacks instead still whereas hence namely yield yields crucial critical essential fundamental powerful
simply easily moreover respectively considerable considerably notable remarkable remarkably`;

/**
 * Words that say nothing alone but may inside a phrase: halves of hyphenated words ("co-", "pre-",
 * "-wise", "-free") and a title's framing ("Rethinking …", "… Technical Report"). A paper related
 * by "wise" ("segment-wise", "channel-wise") is not; yet "multi agent" and "classifier free
 * guidance" are phrases. So only the word index drops them (terms.ts), and topic phrases keep them.
 */
export const LONE_NOISE: ReadonlySet<string> = new Set(
  `co re pre uni multi non semi sub anti inter intra wise aware centric free level consist consists
  contain contains rethink rethinking revisit revisiting know technical report albeit dubbed see
  true pass run enjoy aiming utilize utilizes adopted adopt varies unlocks matters throughout
  numerous website`.split(/\s+/),
);

/**
 * Adverbs ("finally", "albeit", "unfortunately"): rare enough to weigh as much as a technical term,
 * they related papers by their prose. Nouns such as "anomaly", "family", "assembly" or "supply"
 * keep their place.
 */
export const isAdverb = (word: string): boolean =>
  word.length >= 5 && word.endsWith('ly') && !/(?:[pf]ly|mbly|aly|mily|oly)$/.test(word);

function toSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.flatMap((l) => l.split(/\s+/).filter(Boolean)));
}

export const STOPWORDS: ReadonlySet<string> = toSet(ENGLISH, ACADEMIC);
