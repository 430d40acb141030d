/**
 * Words and phrases that say nothing about what a paper is about, for topic phrases. A candidate
 * phrase is a run of words between punctuation and these words, so "extensive experiments show"
 * or "code is available" never become phrases, and a topic is never named with them.
 */
import { STOPWORDS } from '../related/stopwords';

/** Generic words of abstracts beyond the related-papers list: they break a phrase. */
const GENERIC = `accuracy achieves across actually aim aims allowing along also applications arbitrary
art article aspects assess author authors available benefit better beyond bridge bridging broad broadly
capability capabilities carefully clear closely collectively comprehensive conduct conducted consider
considering contribution contributions core dataset datasets degrade degrades demonstrating derived
describe despite detailed diverse domain domains dramatically driven effect effects effectiveness efficiently
emerging empirical empirically enhance enhanced enhances enhancing evaluating even evidence example examples
extend extended extending extremely facilitate fail fails failing feature features focus focuses following
fully gain gains gap gaps general generalize generally github goal help helps hold holds huge https http
human-like idea impact impressive improve include independent inherent insight insights investigate
involve largely level levels lightweight likely long-standing make making manner mechanism mechanisms
minimal modern module modules most much multiple natural necessary notable novel often open-source
operate operation order original outperforming over paradigm paradigms perform performing pipeline
pipelines plug play point points practice preserve principled process processes produce project provide
providing purpose quality question questions rapid rapidly real real-world reasonable recent regime
regimes reliable remaining report reported reveal reveals robust robustness scalable scale scenario scenarios
seamlessly setting settings show showing significant simultaneously single solution solutions sota source
space specifically standard state step steps strategy strategies streamline strength strong structure
substantially successfully sufficient suite surpass surpasses surpassing systematic systematically
tackle targeted terms thereby thorough toward trained training-free typical ultimately underlying unified
unlike unseen upon valuable value variety vast viable website well-known whole wide world yet
able across addressing allows based bring brings called can capture captures collect comes competing
compute consistently constructed crucially current currently designs directly distinct dubbed effectively
efficient enable end even everyday explicit explicitly first fixed four five given greatly grounded
handle handling holistic improving increasingly inspired introduce introducing key lead leads learn
learned learning-based leveraging limited maintains matching new novel observed obtain offering
outperformed performs prevailing promising propose proposing provides rather relies rely relying
remain requires resulting rich precise covering prohibitive labor seen falls short frequently
produces rigorous finite individual ended cross co coordinate various remarkable surprisingly
faithful faithfully effortless seamless meaningful accurately accurate reliably notably select simple solve solving stage stages status support task-specific
tasks taking towards train trained two-stage versatile whether yields`;

export const PHRASE_STOPWORDS: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  ...GENERIC.split(/\s+/).filter(Boolean),
]);

/** Stock phrases removed before chunking (they hold words that are fine elsewhere: "state space"). */
export const STOCK_PHRASES =
  /\b(?:state[\s-]of[\s-]the[\s-]art|plug[\s-]and[\s-]play|end[\s-]to[\s-]end|off[\s-]the[\s-]shelf|in[\s-]the[\s-]wild|out[\s-]of[\s-]the[\s-]box|large[\s-]scale|fine[\s-]grained|high[\s-]quality|low[\s-]cost|general[\s-]purpose|real[\s-]time|open[\s-]source(?:d)?|step[\s-]by[\s-]step|zero[\s-]shot|few[\s-]shot|one[\s-]shot|code(?:s)? (?:is|are|and [\w-]+ (?:is|are)|will be) (?:publicly |openly |freely )?(?:available|released)|bridg(?:e|es|ing) the gap|to the best of our knowledge)\b/gi;

/** URLs and bare host names ("github.com/x"), removed before chunking. */
export const URL_LIKE =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|io|ai|net|edu|dev|app|html?)\b\S*/gi;
/** Text URL_LIKE can match holds one of these; testing first is 5× cheaper on most abstracts. */
export const URL_HINT = /\.(?:com|org|io|ai|net|edu|dev|app|htm)|https?:\/\/|www\./i;

/** A phrase that must never name a topic, even if every word passed the filters above. */
export function isBoilerplate(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[\s-]+/);
  return (
    words.every((w) => PHRASE_STOPWORDS.has(w) || /^\d+$/.test(w)) ||
    new RegExp(URL_LIKE.source, 'i').test(phrase)
  );
}
