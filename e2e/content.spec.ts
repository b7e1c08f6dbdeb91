import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, DIST } from './support/site';
import { articlePaths, publishedArticles } from './support/content';

/**
 * Guarantees every article of the real site must meet, whatever the articles
 * are. The expected set and order come from the files in content/ (see
 * support/content.ts), never from a count or a list written here, so adding,
 * removing or reordering an article changes what is expected, not the tests.
 * How the components behave is tested on the fixture site (components/).
 */
const paths = articlePaths();
const hrefs = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] ?? '');
const built = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

test('content/ has articles to check', () => {
	expect(paths.length).toBeGreaterThan(0);
});

test('the home page lists every published article, in reading order, and each answers 200', async ({ page, request }) => {
	await page.goto('/');
	expect(await page.locator('.cards a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(paths);
	for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);
});

test('previous and next links walk every article in reading order', () => {
	paths.forEach((path, i) => {
		const html = built(path);
		const link = (rel: string) => hrefs(html, new RegExp(`<a[^>]*href="([^"]+)"[^>]*rel="${rel}"`, 'g'));
		expect(link('prev'), `${path} previous`).toEqual(i > 0 ? [paths[i - 1]] : []);
		expect(link('next'), `${path} next`).toEqual(i < paths.length - 1 ? [paths[i + 1]] : []);
	});
});

test('each article’s sidebar lists its topic in reading order', () => {
	for (const article of publishedArticles()) {
		const group = /sidebar__group--current[\s\S]*?<ul[^>]*>([\s\S]*?)<\/ul>/.exec(built(`/${article.slug}/`))?.[1] ?? '';
		const listed = hrefs(group, /<a href="([^"]+)"/g);
		const topic = publishedArticles().filter((a) => a.topic === article.topic).map((a) => `/${a.slug}/`);
		expect(listed.length, article.slug).toBeGreaterThan(0);
		// A large topic shows a window of its articles: a run of the topic's list, in the same order.
		const start = topic.indexOf(listed[0] ?? '');
		expect(listed, article.slug).toEqual(topic.slice(start, start + listed.length));
		expect(listed).toContain(`/${article.slug}/`);
	}
});

test('the feed lists every published article, in reading order', () => {
	const feed = readFileSync(join(DIST, 'rss.xml'), 'utf8');
	const links = hrefs(feed, /<item>[\s\S]*?<link>([^<]+)<\/link>/g).map((url) => new URL(url).pathname);
	expect(links).toEqual(paths);
});

test('the sitemap lists every published article', () => {
	const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
	const listed = new Set(hrefs(xml, /<loc>([^<]+)<\/loc>/g).map((url) => new URL(url).pathname));
	expect(paths.filter((path) => !listed.has(path))).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('/search/ lists every published article, in reading order', async ({ page }) => {
		await page.goto('/search/');
		expect(await page.locator('.site-index > ul > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(paths);
	});
});

test('every article has its own Open Graph card: a 1200 x 630 PNG', async ({ request }) => {
	for (const path of paths) {
		const url = /<meta property="og:image" content="([^"]+)"/.exec(built(path))?.[1] ?? '';
		expect(url, path).toMatch(new RegExp(`/og${path.slice(0, -1)}\\.png$`));
		const response = await request.get(new URL(url).pathname);
		expect(response.status(), url).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		const png = await response.body();
		// PNG header: signature, then IHDR width and height (big-endian) at bytes 16 and 20.
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	}
});

for (const path of ['/', '/install/', '/install/windows/', '/search/', '/choose/', '/api-map/', ...paths]) {
	test(`no horizontal page scroll at 320 px: ${path}`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

test('a query fetches one small part of the word index, not the whole index', async ({ page }) => {
	// Pagefind's default chunks are about 34 KB here; the build asks for chunks of about 9 KB (src/build/integrations/post-build.ts).
	// The query is a word from the first article's title, so it is on the site whatever the articles are.
	const word = (publishedArticles()[0]?.title.match(/[A-Za-z]{4,}/g) ?? ['tensorflow']).at(-1) ?? 'tensorflow';
	const chunks: Promise<number>[] = [];
	page.on('response', (response) => {
		if (response.url().includes('/pagefind/index/')) chunks.push(response.body().then((body) => body.length));
	});
	await page.goto(paths[0] ?? '/');
	await page.getByRole('button', { name: /^Search/ }).click();
	const dialog = page.locator('dialog[data-search-dialog]');
	await dialog.getByRole('combobox', { name: 'Search the guide' }).fill(word);
	await expect(dialog.getByRole('option').first(), word).toContainText(/\S/);
	await page.waitForLoadState('networkidle');
	const sizes = await Promise.all(chunks);
	expect(sizes).toHaveLength(1);
	expect(sizes[0]).toBeGreaterThan(1000);
	expect(sizes[0]).toBeLessThanOrEqual(12 * 1024);
});
