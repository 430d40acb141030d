import { resolve, join } from 'node:path';
import { launchChromium } from './measure-browser';
import { startStaticServer } from './static-server';

const browser = await launchChromium();
type Shot = [site: string, name: string, url: string, scheme: 'light' | 'dark', phone: boolean, wait: string];
const shots: Shot[] = [
  ['mixed', 'v-mixed-paper-desk-light', '/paper/adaptvision-efficient-vision-language-models-via-adaptive-visual-acquisition', 'light', false, 'h1'],
  ['mixed', 'v-mixed-insights-desk-dark', '/insights', 'dark', false, 'h1'],
  ['gen', 'v-gen-insights-phone-light', '/insights', 'light', true, 'h1'],
  ['mixed', 'v-mixed-map-desk-light', '/map', 'light', false, 'h1'],
  ['gen', 'v-gen-map-phone-dark', '/map', 'dark', true, 'h1'],
  ['gen', 'v-gen-search-phone-light', '/?q=video+editing', 'light', true, 'h1'],
];
for (const [site, name, url, scheme, phone, wait] of shots) {
  const dir = resolve(`/tmp/kt/dist-${site}`);
  const server = await startStaticServer([{ prefix: '/', dir }], join(dir, 'index.html'));
  const context = await browser.newContext({ viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 }, colorScheme: scheme });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(name, 'PAGEERROR', e.message));
  await page.goto(server.url + url);
  await page.locator(wait).first().waitFor();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/kt/shots/${name}.png`, fullPage: true });
  await context.close();
  await server.close();
}
await browser.close();
