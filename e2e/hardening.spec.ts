import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { astroBuild } from './support/build';
import { FIXTURE_CONTENT, fixtureEnv } from './support/fixture-site';
import { HUGE_EVERYWHERE, HUGE_WORD, writeHardeningContent } from './support/huge-article';
import { startServer } from './support/serve';
import { DIST, sitemapPaths, test, expect } from './support/site';

/**
 * Search and highlighting under hostile or broken input (issue #18): numeric
 * references outside Unicode in an article, a malformed URL fragment, and a
 * search index that fails to load its data.
 */

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const input = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the guide' });

async function search(page: Page, query: string): Promise<void> {
	await page.getByRole('button', { name: /^Search/ }).click();
	await expect(dialog(page)).toBeVisible();
	await input(page).fill(query);
}

test('every page puts its CSP <meta> right after <meta charset>, so the policy covers the whole document', () => {
	const files = [...sitemapPaths().map((path) => join(path, 'index.html')), '404.html'];
	expect(files.length).toBeGreaterThan(10);
	for (const file of files) {
		const html = readFileSync(join(DIST, file), 'utf8');
		expect(html.match(/<meta http-equiv="content-security-policy"/g), file).toHaveLength(1);
		expect(html, file).toMatch(/<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*script-src [^"]+">/);
	}
});

test('a malformed fragment still switches to the tab with the match', async ({ page, problems }) => {
	// "AUTOTUNE" only appears in TensorFlow code; PyTorch is the default tab. `%E0%A4%A` is a cut UTF-8 escape.
	await page.goto('/code-examples/?highlight=autotune#%E0%A4%A');
	const mark = page.locator('mark.search-hit', { hasText: /autotune/i }).first();
	await expect(mark).toBeVisible();
	await expect(page.locator('site-tabs', { has: mark }).getByRole('tab', { name: 'TensorFlow' })).toHaveAttribute('aria-selected', 'true');
	expect(problems.console).toEqual([]);
});

test('a search whose result data fails to load says so in the results area', async ({ page }) => {
	// Pagefind's per-page fragments: serve garbage instead, so reading a result's data fails.
	await page.route('**/pagefind/fragment/**', (route) => route.fulfill({ status: 200, body: 'not a fragment' }));
	await page.goto('/overview/');
	await search(page, 'GradientTape');
	// A long timeout: Pagefind's WebAssembly loads first, which takes seconds on a busy machine.
	await expect(dialog(page).getByRole('status')).toHaveText('Search failed for “GradientTape”. Try other words, or reload the page.', { timeout: 30_000 });
	await expect(dialog(page).getByRole('option')).toHaveCount(0);
});

test.describe('a site whose article holds numeric references outside Unicode', () => {
	test.describe.configure({ timeout: 240_000 });
	let server: Server | undefined;
	let dir = '';
	let buildOutput = '';
	const PORT = Number(process.env.E2E_PORT ?? 4399) + 30;
	const origin = `http://127.0.0.1:${PORT}`;

	test.beforeAll(async () => {
		// A whole build (with a 2 MB article) runs in this hook: hooks do not take the group's timeout.
		test.setTimeout(420_000);
		dir = mkdtempSync(join(tmpdir(), 'field-guide-hardening-'));
		const content = join(dir, 'content');
		// The fixture articles, the entity probe and a 2 MB article generated for the run (e2e/support/huge-article.ts).
		writeHardeningContent(content);
		const { code, output } = await astroBuild(fixtureEnv(content, join(dir, 'cache')), join(dir, 'dist'));
		expect(code, output).toBe(0);
		buildOutput = output;
		server = await startServer(join(dir, 'dist'), PORT, '/');
	});
	test.afterAll(async () => {
		server?.closeAllConnections();
		await new Promise((done) => server?.close(done));
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('search finds the article and shows its excerpt', async ({ page, problems }) => {
		await page.goto(`${origin}/overview/`);
		await search(page, 'zqxentity');
		const first = dialog(page).getByRole('option').first();
		await expect(first).toHaveAttribute('href', /\/entity-probe\/\?highlight=zqxentity/);
		// The excerpt (built around the out-of-range references) renders, with the word marked.
		await expect(first.locator('mark').first()).toHaveText('zqxentity');
		await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results? for “zqxentity”/);
		expect(problems.console).toEqual([]);
	});

	test('the build warns about the 2 MB article; search finds it and the page keeps answering meanwhile', async ({ page, problems }) => {
		expect(buildOutput).toMatch(/Pages over 512 KB make search slow \(a result loads the whole page's text\): split them\. \/huge-article\/index\.html \(\d{4} KB\)/);
		await page.goto(`${origin}/overview/`);
		// An article over 128 KB: search runs Pagefind in its worker on this site (src/build/page-size.ts).
		await expect(dialog(page).locator('[data-search]')).toHaveAttribute('data-worker', '');
		await page.getByRole('button', { name: /^Search/ }).click();
		await page.locator('html[data-search-styled]').waitFor({ state: 'attached' });
		// A probe of the main thread while the query runs: a timer every 50 ms, and the longest wait between two
		// of its ticks. Built on the main thread, this article's excerpt kept it busy for seconds (timings: `npm run bench`).
		await page.evaluate(() => {
			const probe = { worst: 0, last: performance.now(), timer: 0 };
			probe.timer = window.setInterval(() => {
				const now = performance.now();
				probe.worst = Math.max(probe.worst, now - probe.last);
				probe.last = now;
			}, 50);
			Object.assign(window, { probe });
		});
		await input(page).fill(HUGE_EVERYWHERE);
		const first = dialog(page).getByRole('option').first();
		await expect(first).toHaveAttribute('href', new RegExp(`/huge-article/\\?highlight=${HUGE_EVERYWHERE}`), { timeout: 60_000 });
		await expect(first.locator('mark').first()).toHaveText(HUGE_EVERYWHERE);
		// Its sections: the word is in all 20 parts, three are shown, each linking to its heading with the word marked.
		const parts = dialog(page).locator('a.result--sub');
		await expect(parts).toHaveCount(3);
		await expect(parts.first()).toHaveAttribute('href', new RegExp(`/huge-article/\\?highlight=${HUGE_EVERYWHERE}#part-\\d+$`));
		await expect(parts.first().locator('mark').first()).toHaveText(HUGE_EVERYWHERE);
		const worst = await page.evaluate(() => {
			const { probe } = window as unknown as { probe: { worst: number; timer: number } };
			clearInterval(probe.timer);
			return probe.worst;
		});
		expect(worst, 'longest wait between two 50 ms ticks while searching (ms)').toBeLessThan(1000);
		// The rare word in the article's last paragraph: the whole 2 MB is indexed.
		await input(page).fill(HUGE_WORD);
		await expect(first).toHaveAttribute('href', new RegExp(`/huge-article/\\?highlight=${HUGE_WORD}`), { timeout: 60_000 });
		await expect(first.locator('mark')).toHaveText(HUGE_WORD);
		// It sits in the last part, which is the one section listed.
		await expect(parts).toHaveCount(1);
		await expect(parts.first()).toHaveAttribute('href', /#part-20$/);
		expect(problems.console).toEqual([]);
	});

	test('the feed escapes the description, so readers show its markup as text', async ({ request }) => {
		const feed = await (await request.get(`${origin}/rss.xml`)).text();
		// XML-escaped HTML-escaped text: a reader decodes the XML and shows "<b>numeric references</b> … & more" as written.
		expect(feed).toContain('&amp;lt;b&amp;gt;numeric references&amp;lt;/b&amp;gt; outside Unicode &amp;amp; more');
	});
});

/** Builds that must stop before rendering anything, with one message naming the files (src/build/preflight.ts). */
const INPUT_FAILURES: { title: string; prepare: (content: string) => void; expected: (content: string) => string[] }[] = [
	{
		title: 'overview.mdx plus overview/index.mdx',
		prepare: (content) => {
			mkdirSync(join(content, 'overview'));
			cpSync(join(content, 'overview.mdx'), join(content, 'overview', 'index.mdx'));
		},
		expected: (c) => [`${c}/overview.mdx and ${c}/overview/index.mdx would both be the page /overview/`],
	},
	{
		title: 'Overview.mdx plus overview.mdx',
		prepare: (content) => cpSync(join(content, 'overview.mdx'), join(content, 'Overview.mdx')),
		expected: (c) => [`${c}/Overview.mdx and ${c}/overview.mdx would both be the page /overview/`],
	},
	{
		title: 'an article saved as Latin-1',
		prepare: (content) => writeFileSync(join(content, 'latin1.mdx'), Buffer.from('---\ntitle: "Caf\u00e9"\n---\n', 'latin1')),
		expected: (c) => [`${c}/latin1.mdx is not valid UTF-8 (first invalid byte on line 2`],
	},
	{
		title: 'a symlink in the content folder',
		prepare: (content) => symlinkSync('/etc/hostname', join(content, 'linked.mdx')),
		expected: (c) => [`${c}/linked.mdx is a symbolic link`],
	},
	{
		title: 'an empty content folder',
		prepare: (content) => {
			rmSync(content, { recursive: true });
			mkdirSync(content);
		},
		expected: (c) => [`No articles in ${c}:`],
	},
	{
		title: 'a missing content folder',
		prepare: (content) => rmSync(content, { recursive: true }),
		expected: (c) => [`The content folder ${c} does not exist`],
	},
];

test.describe('build inputs that stop the build with a named error', () => {
	test.describe.configure({ mode: 'serial', timeout: 120_000 });
	for (const failure of INPUT_FAILURES) {
		test(failure.title, async () => {
			const dir = mkdtempSync(join(tmpdir(), 'field-guide-inputs-'));
			try {
				const content = join(dir, 'content');
				cpSync(FIXTURE_CONTENT, content, { recursive: true });
				failure.prepare(content);
				const { code, output } = await astroBuild(fixtureEnv(content, join(dir, 'cache')), join(dir, 'dist'));
				expect(code, output).not.toBe(0);
				for (const expected of failure.expected(content)) expect(output).toContain(expected);
				expect(output).not.toContain('Unable to load your Astro config');
				expect(output).not.toContain('UNLOADABLE_DEPENDENCY');
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		});
	}
});
