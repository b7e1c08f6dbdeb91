import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Site paths listed in a built site's sitemap (origin and base stripped), e.g. ["/", "/debugging/"]. */
export function sitemapPaths(dist = DIST, basePath = '/'): string[] {
	const index = join(dist, 'sitemap-index.xml');
	if (!existsSync(index)) throw new Error(`No sitemap in ${dist}: run \`npm run build\` before the end-to-end tests.`);
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
	const paths: string[] = [];
	for (const sitemap of locs(readFileSync(index, 'utf8'))) {
		const file = join(dist, new URL(sitemap).pathname.slice(basePath.length - 1));
		for (const url of locs(readFileSync(file, 'utf8'))) paths.push(new URL(url).pathname.slice(basePath.length - 1));
	}
	return paths;
}

/** What went wrong while a page was open: console errors, page errors, failed or off-site requests. */
export interface PageProblems {
	console: string[];
	failed: string[];
	offsite: string[];
}

export function watchPage(page: Page, origin: string): PageProblems {
	const problems: PageProblems = { console: [], failed: [], offsite: [] };
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.console.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.console.push(`pageerror: ${error.message}`));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.offsite.push(url);
	});
	page.on('requestfailed', (request) => problems.failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.failed.push(`${response.url()} (HTTP ${response.status()})`);
	});
	return problems;
}

/** `test` with a `problems` fixture that watches every page for errors and off-site requests. */
export const test = base.extend<{ problems: PageProblems }>({
	problems: async ({ page, baseURL }, use) => {
		await use(watchPage(page, new URL(baseURL ?? 'http://127.0.0.1').origin));
	},
});

export { expect };
