import { REPO_ROOT, startTestPlatform, TEST_ADMIN_KEY, zipOf, type DeployedPlatform } from '@modelserve/testing';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the example is plain JavaScript, run as users run it
const { deployWebApp } = require(join(REPO_ROOT, 'examples', 'web-app', 'deploy.js')) as {
  deployWebApp(options: { gatewayUrl: string; apiKey: string; log?: (line: string) => void }): Promise<string>;
};

const ARTIFACTS = join(REPO_ROOT, 'test', 'artifacts');
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Strokes of known digits, points from 0 to 1 across the canvas. */
const line = (x0: number, y0: number, x1: number, y1: number, n = 12) =>
  Array.from({ length: n + 1 }, (_, i) => [x0 + ((x1 - x0) * i) / n, y0 + ((y1 - y0) * i) / n]);
const ellipse = (cx: number, cy: number, rx: number, ry: number, n = 40) =>
  Array.from({ length: n + 1 }, (_, i) => [cx + rx * Math.cos((2 * Math.PI * i) / n), cy + ry * Math.sin((2 * Math.PI * i) / n)]);
const DIGITS: Record<string, number[][][]> = {
  '7': [line(0.3, 0.2, 0.7, 0.2), line(0.7, 0.2, 0.4, 0.85)],
  '0': [ellipse(0.5, 0.5, 0.3, 0.38)],
  '4': [line(0.55, 0.15, 0.3, 0.6), line(0.3, 0.6, 0.75, 0.6), line(0.6, 0.35, 0.6, 0.85)],
};

async function draw(page: Page, strokes: number[][][]) {
  const box = (await page.locator('#pad').boundingBox())!;
  for (const stroke of strokes) {
    const at = ([x, y]: number[]) => [box.x + x * box.width, box.y + y * box.height] as const;
    await page.mouse.move(...at(stroke[0]));
    await page.mouse.down();
    for (const point of stroke.slice(1)) await page.mouse.move(...at(point), { steps: 2 });
    await page.mouse.up();
  }
}

describe('the digits web app, in a real browser', () => {
  let deployed: DeployedPlatform;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    deployed = await startTestPlatform('web-app');
    url = await deployWebApp({ gatewayUrl: deployed.platform.gatewayUrl, apiKey: TEST_ADMIN_KEY, log: () => undefined });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await deployed?.stop();
  });

  it('reads digits drawn on the canvas, through the public API, the function and the endpoint', async () => {
    const page = await browser.newPage({ viewport: { width: 480, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(url);
    expect(await page.title()).toBe('Draw a digit');
    for (const [digit, strokes] of Object.entries(DIGITS)) {
      await page.click('#clear');
      await draw(page, strokes);
      await page.click('#predict');
      await page.waitForFunction(
        () => document.getElementById('digit')!.textContent !== '?' || document.getElementById('error')!.textContent !== '',
      );
      expect({ digit, error: await page.textContent('#error') }).toEqual({ digit, error: '' });
      expect({ drawn: digit, read: await page.textContent('#digit') }).toEqual({ drawn: digit, read: digit });
      const bars = await page.locator('#chart li .value').allTextContents();
      expect(bars).toHaveLength(10);
      expect(Math.abs(bars.map(Number).reduce((a, b) => a + b, 0) - 1)).toBeLessThan(0.02);
      if (digit === '7') await page.screenshot({ path: join(ARTIFACTS, 'web-app.png') });
    }
    expect(problems).toEqual([]);
    const logs = await deployed.api.get('/v1/functions/digits-strokes/logs');
    expect(logs.json.entries.some((e: { message: string }) => /^predicted \d with p=/.test(e.message))).toBe(true);
  });

  it('lets a page of another origin call an API with a key only where its CORS settings allow that origin', async () => {
    // A page served from another origin (another port), as an application's own site would be.
    const server: Server = createServer((_req, res) => res.end('<!doctype html><title>other origin</title>'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { api } = deployed;
    try {
      await api.postJson('/v1/functions', {
        name: 'hello',
        code: {
          archive: zipOf({
            'index.js': "exports.handler = async (e) => ({ statusCode: 200, body: 'hello ' + e.pathParameters.who });",
          }).toString('base64'),
        },
      });
      for (const [name, allowOrigins] of [
        ['open-to-page', [origin]],
        ['closed-to-page', ['http://elsewhere.example.test']],
      ] as const) {
        const created = await api.postJson('/v1/apis', {
          name,
          routes: [{ method: 'POST', path: '/hello/{who}', target: { function: 'hello' } }],
          cors: { allowOrigins, allowMethods: ['POST'], allowHeaders: ['content-type', 'x-api-key'] },
          auth: 'apiKey',
        });
        expect(created.status).toBe(201);
        await api.postJson(`/v1/apis/${name}/usage-plans`, { name: 'plan', rateLimit: 50 });
      }
      const key = async (name: string) =>
        (await api.postJson(`/v1/apis/${name}/keys`, { name: 'page', usagePlan: 'plan' })).json.key as string;
      const page = await browser.newPage();
      await page.goto(origin);
      const fetchFromPage = (target: string, secret: string) =>
        page.evaluate(
          async ([target, secret]) => {
            try {
              // A JSON body and an x-api-key header: not a simple request, so the browser sends a preflight first.
              const response = await fetch(target, {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'x-api-key': secret },
                body: '{}',
              });
              return { status: response.status, text: await response.text() };
            } catch (error) {
              return { failed: String(error) };
            }
          },
          [target, secret] as const,
        );
      const gateway = deployed.platform.gatewayUrl;
      expect(await fetchFromPage(`${gateway}/apis/open-to-page/prod/hello/browser`, await key('open-to-page'))).toEqual({
        status: 200,
        text: 'hello browser',
      });
      expect(await fetchFromPage(`${gateway}/apis/closed-to-page/prod/hello/browser`, await key('closed-to-page'))).toEqual({
        failed: expect.stringMatching(/Failed to fetch/),
      });
    } finally {
      server.close();
    }
  });
});
