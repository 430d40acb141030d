/**
 * What must hold on every page of the explorer, whatever the URL or the data: it is readable, and
 * nothing from the input became markup, a script, a non-http(s) link or an unprotected outbound link.
 * checkInPage runs inside the page (page.evaluate), so it is self-contained.
 */

/** A page is readable once an element matching `selector` shows text matching `text`. */
export interface Ready {
  selector: string;
  text: string;
}
export const COUNT: Ready = { selector: '[role=status]', text: '^\\s*\\d+ papers?' };
export const h1 = (text: string): Ready => ({ selector: 'h1:not(.visually-hidden)', text });
export const ANY: Ready = {
  selector: 'h1:not(.visually-hidden), [role=status]',
  text: '^\\s*(?!Loading)\\S',
};

/** In the page: optionally moves the app to `url` through its history, waits until readable, then inspects. */
export function checkInPage({
  url,
  ready,
}: {
  url: string | null;
  ready: Ready;
}): Promise<string[]> {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const readable = () =>
    [...document.querySelectorAll<HTMLElement>(ready.selector)].some(
      (el) => el.getClientRects().length > 0 && new RegExp(ready.text).test(el.textContent ?? ''),
    );
  return (async () => {
    if (url !== null) {
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
      await frame();
    }
    // Readable, and the page unchanged for two frames: right after an in-app move the router may
    // still show the page being left (it renders the new route in a transition), and that page's
    // heading must not count for the new one.
    let changed = false;
    const changes = new MutationObserver(() => (changed = true));
    changes.observe(document.body, { childList: true, subtree: true, characterData: true });
    const until = performance.now() + 10_000;
    for (let steady = 0; steady < 2 && performance.now() < until;) {
      steady = readable() && !changed ? steady + 1 : 0;
      changed = false;
      await frame();
    }
    changes.disconnect();
    // What was on screen instead, so that a failure says which page and state it met.
    const seen = () =>
      [...document.querySelectorAll<HTMLElement>('h1, [role=status], [role=alert]')]
        .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 60)}`)
        .join(' | ');
    const problems: string[] = readable()
      ? []
      : [`no readable content at ${location.pathname}${location.search} (${seen()})`];
    if (document.body.innerText.trim().length === 0) problems.push('blank page');
    if (/root:x:0:0/.test(document.body.innerText)) problems.push('served a system file');
    if (document.querySelector('h1')?.textContent === 'Something went wrong')
      problems.push('error page');
    for (const sel of [
      'img[src="x"]',
      'svg[onload]',
      '[onerror]',
      '[onload]',
      '[onclick]',
      '[onmouseover]',
      'iframe',
      'object',
      'embed',
      'base',
      'meta[http-equiv]',
    ])
      if (document.querySelector(sel)) problems.push(`found ${sel}`);
    // A JSON-LD block (prerendered pages, issue 17) is data the browser never runs; it must parse.
    for (const s of document.scripts) {
      if (s.src) continue;
      if (s.type !== 'application/ld+json') problems.push('inline script');
      else
        try {
          JSON.parse(s.textContent ?? '');
        } catch {
          problems.push('JSON-LD that does not parse');
        }
    }
    // HTML and SVG links alike: resolve the attribute, then look at the scheme.
    for (const a of document.querySelectorAll('a[href], a[*|href]')) {
      const href =
        a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '';
      const scheme = new URL(href, location.href).protocol;
      if (scheme !== 'http:' && scheme !== 'https:') problems.push(`link to ${scheme}`);
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      if (
        new URL(href, location.href).origin !== location.origin &&
        !(rel.includes('noopener') && rel.includes('noreferrer'))
      )
        problems.push(`outbound link without rel="noopener noreferrer": ${href}`);
    }
    if ((window as { __pwned?: unknown }).__pwned !== undefined) problems.push('window flag set');
    const csp = (window as { __csp?: string[] }).__csp ?? [];
    if (csp.length > 0) problems.push(`CSP violations: ${csp.join('; ')}`);
    return problems;
  })();
}

/** Records CSP violations in window.__csp, from the first script on (use with page.addInitScript). */
export function recordCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    const w = window as { __csp?: string[] };
    (w.__csp ||= []).push(`${e.violatedDirective} ${e.blockedURI}`);
  });
}
