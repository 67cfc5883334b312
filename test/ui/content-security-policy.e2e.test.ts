/**
 * The built app's Content-Security-Policy: scripts and workers from the site itself only, so
 * text from a scenario file or a shared link can never run as code. Every other end-to-end
 * test runs under the same policy and fails if it blocks anything the app needs (the harness
 * watches for it); this one checks the policy is declared and enforced.
 */
import { describe, expect, it } from 'vitest';
import { haveChromium, useAppInChromium } from './browser-harness.js';

describe.skipIf(!haveChromium)('Content-Security-Policy', () => {
  const app = useAppInChromium();

  it('allows scripts and workers from the site only, and the browser enforces it', async () => {
    const html = await (await fetch(app.url())).text();
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values.join(' ')] as const;
      }),
    );
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('worker-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");

    // A page of its own, without the harness's watch for blocked content: blocking is the point.
    const page = await app.browser().newPage();
    try {
      await page.goto(app.url());
      await page.locator('run-controls input[name="reform"]').first().waitFor();
      // Written as text: the test's own types have no DOM. (Code run through the DevTools
      // protocol, as this is, is exempt from the policy; a script element it adds is not.)
      const ran = await page.evaluate(`new Promise((done) => {
        const inline = document.createElement('script');
        inline.textContent = 'window.injected = true';
        document.body.append(inline);
        const fromData = document.createElement('script');
        fromData.src = 'data:text/javascript,window.fromData = true';
        fromData.onerror = () => done({ inline: window.injected === true, fromData: window.fromData === true });
        fromData.onload = () => done({ inline: window.injected === true, fromData: window.fromData === true });
        document.body.append(fromData);
      })`);
      expect(ran).toEqual({ inline: false, fromData: false });
    } finally {
      await page.close();
    }
  });
});
