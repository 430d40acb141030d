import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadIndex, searchCompact } from '../src/lib/search/engine';
import { parseQuery } from '../src/lib/search/query';
const [dir, ...qs] = process.argv.slice(2);
const meta = JSON.parse(readFileSync(`${dir}/meta.json`, 'utf8'));
const index = loadIndex(gunzipSync(readFileSync(`${dir}/index.bin.gz`)));
for (const q of qs) {
  const r = searchCompact(index, parseQuery(q));
  const order = Array.from(r.docs.subarray(0, r.size)).map((d, i) => [d, r.scores[i]!] as const).sort((a, b) => b[1] - a[1]);
  console.log(`\n"${q}" ${r.size} matches${r.relaxed ? ' (relaxed)' : ''}`);
  for (const [d, s] of order.slice(0, 5)) console.log(`  ${s.toFixed(2)}  ${meta.papers[d][1].slice(0, 90)}`);
}
