/**
 * The built page carries a Content-Security-Policy (vite.config.ts: a meta tag in the
 * build, and a header from `vite preview` on every file, the workers' scripts included)
 * and nothing the page does while in use violates it.
 */
import { expect, test } from './strict';

interface ViolationHost {
  __cspViolations: string[];
}

test('the built page has a strict CSP and never violates it', async ({
  loopscope,
  page,
  allowErrors,
}) => {
  await page.addInitScript(() => {
    const host = window as unknown as ViolationHost;
    host.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      host.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  const headers = new Map<string, string | undefined>();
  page.on('response', (r) => {
    headers.set(new URL(r.url()).pathname, r.headers()['content-security-policy']);
  });
  await loopscope.open();

  // The header: all of the policy, on the page and on the simulation worker's script.
  const header = headers.get('/');
  expect(header).toContain("frame-ancestors 'none'");
  expect(header).toContain("form-action 'none'");
  expect(header).toContain("worker-src 'self';");
  expect(header).toContain("style-src-attr 'none'");
  const workers = [...headers.keys()].filter((p) => /sim\.worker.*\.js$/.test(p));
  expect(workers).toHaveLength(1);
  expect(headers.get(workers[0]!)).toBe(header);

  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  // WebAssembly may compile (CPython in WebAssembly), JavaScript from strings may not
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  expect(csp).toContain("object-src 'none'");
  // A meta tag cannot carry frame-ancestors: the header does.
  expect(csp).not.toContain('frame-ancestors');

  // Use the page: the worker, the editor, the motion features, the timeline canvas.
  await loopscope.byId('speed').selectOption('1000');
  await loopscope.play.click();
  await expect(loopscope.play).toHaveAttribute('aria-pressed', 'false', { timeout: 20_000 });
  await loopscope.setCount(30);
  await loopscope.stepForward();
  await page.locator('.cm-line', { hasText: 'N = 30' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' +');
  await expect(loopscope.byId('problem')).toBeVisible();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(loopscope.byId('problem')).toHaveCount(0);
  await loopscope.byId('jump-end').click();

  const violations = () =>
    page.evaluate(() => (window as unknown as ViolationHost).__cspViolations);
  expect(await violations()).toEqual([]);

  // The listener does hear violations: an inline script is refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
  });
  // Refused by the header and by the meta tag: each policy reports it.
  await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
  for (const v of await violations()) expect(v).toMatch(/^script-src/);
  expect(await page.evaluate(() => '__inlineRan' in window)).toBe(false);
  allowErrors(/Content Security Policy/);
});
