/**
 * README screenshots: the home page and an article, light and dark, desktop
 * (1280 x 800) and phone (390 x 844), cropped to the viewport, at 1x, into
 * docs/screenshots/. Run after a build: `npm run screenshots` (serves dist/ on
 * E2E_PORT, 4399 by default). Extra arguments are site paths to shoot instead,
 * as <name>=<path>, for a quick look while designing.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './support/browser.ts';
import { startServer } from './support/serve.ts';

const port = Number(process.env.E2E_PORT ?? 4399);
const out = join(import.meta.dirname, '..', 'docs', 'screenshots');
const args = process.argv.slice(2);
const pages = args.length > 0 ? args.map((arg) => arg.split('=') as [string, string]) : [['home', '/'], ['article', '/distributed-training/']];
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

mkdirSync(out, { recursive: true });
const server = await startServer(join(import.meta.dirname, '..', 'dist'), port);
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
	for (const [name, path] of pages) {
		for (const [device, viewport] of Object.entries(viewports)) {
			for (const colorScheme of ['light', 'dark'] as const) {
				const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
				await page.goto(`http://127.0.0.1:${port}${path}`);
				const file = join(out, `${name}-${device}-${colorScheme}.png`);
				await page.screenshot({ path: file });
				await page.close();
				console.log(file);
			}
		}
	}
} finally {
	await browser.close();
	server.close();
}
