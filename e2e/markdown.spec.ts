import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { DIST, sitemapPaths } from './support/site';

/**
 * Machine-readable copies for LLM tools: `/<slug>.md` for every article,
 * `llms.txt` and `llms-full.txt` (src/lib/markdown-copy.ts), kept out of the
 * sitemap and the search index, and "Copy as Markdown" on article pages.
 */
const CONTENT = join(import.meta.dirname, '..', 'content');
const ARTICLES = readdirSync(CONTENT)
	.filter((f) => /^[^_].*\.mdx$/.test(f))
	.map((f) => {
		const source = readFileSync(join(CONTENT, f), 'utf8');
		return { slug: f.replace(/\.mdx$/, ''), title: JSON.parse(/^title: (".*")$/m.exec(source)?.[1] ?? '""') as string, draft: /^draft: true$/m.test(source) };
	})
	.filter((a) => !a.draft);

/** The built site's origin (canonical links carry it: SITE_URL, or localhost). */
const ORIGIN = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1] ?? 'http://localhost:4321/').origin;

/** Markdown outside fenced code. */
const prose = (markdown: string) => markdown.replace(/^(`{3,}|~{3,})[\s\S]*?^\1/gm, '');

test('every article has a Markdown copy beside it: text/markdown, real Markdown, absolute links', async ({ request }) => {
	expect(ARTICLES.length).toBeGreaterThan(0);
	for (const { slug, title } of ARTICLES) {
		const response = await request.get(`/${slug}.md`);
		expect(response.status(), slug).toBe(200);
		expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
		const markdown = await response.text();
		expect(markdown.startsWith(`# ${title}\n`), slug).toBe(true);
		expect(markdown).toContain(`Web page: ${ORIGIN}/${slug}/.`);
		expect(prose(markdown), slug).not.toMatch(/<\/?(InShort|Callout|FrameworkTabs|Tabs|Tab|div)\b|\{\/\*/);
		expect(prose(markdown), slug).not.toMatch(/\]\((?!https?:\/\/)/);
	}
});

test('framework tabs become PyTorch and TensorFlow sections', async ({ request }) => {
	const withTabs = ARTICLES.filter(({ slug }) => readFileSync(join(CONTENT, `${slug}.mdx`), 'utf8').includes('<FrameworkTabs>'));
	expect(withTabs.length).toBeGreaterThan(0);
	for (const { slug } of withTabs) {
		const markdown = await (await request.get(`/${slug}.md`)).text();
		expect(markdown, slug).toMatch(/^#{3,6} PyTorch$/m);
		expect(markdown, slug).toMatch(/^#{3,6} TensorFlow$/m);
	}
});

test('llms.txt links every article\'s Markdown copy; llms-full.txt holds every article', async ({ request }) => {
	const llms = await request.get('/llms.txt');
	expect(llms.status()).toBe(200);
	const index = await llms.text();
	expect(index).toMatch(/^# .+\n\n> .+\n/);
	const links = [...index.matchAll(/^- \[([^\]]+)\]\(([^)]+)\)/gm)].map((m) => ({ title: m[1] ?? '', url: m[2] ?? '' }));
	expect(links.map((l) => l.url).sort()).toEqual(ARTICLES.map((a) => `${ORIGIN}/${a.slug}.md`).sort());
	for (const link of links) expect((await request.get(new URL(link.url).pathname)).status(), link.url).toBe(200);

	const full = await (await request.get('/llms-full.txt')).text();
	for (const { title } of ARTICLES) expect(full).toContain(`\n# ${title}\n`);
});

test('the copies are kept out of the sitemap and the search index', async ({ page }) => {
	const paths = sitemapPaths();
	expect(paths.length).toBeGreaterThan(ARTICLES.length);
	expect(paths.filter((p) => !p.endsWith('/'))).toEqual([]);
	await page.goto('/search/');
	const urls = await page.evaluate(async (words) => {
		const pagefind = (await import(`${location.origin}/pagefind/pagefind.js`)) as { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> };
		const found: string[] = [];
		for (const word of words) for (const result of (await pagefind.search(word)).results) found.push((await result.data()).url);
		return found;
	}, ARTICLES.slice(0, 3).map((a) => a.title.split(/\W+/).find((w) => w.length > 4) ?? a.title));
	expect(urls.length).toBeGreaterThan(0);
	expect(urls.filter((url) => !url.endsWith('/'))).toEqual([]);
});

test('"Copy as Markdown" loads its code on first use, copies the article and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const { slug } = ARTICLES[0] ?? { slug: '' };
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	await page.goto(`/${slug}/`, { waitUntil: 'networkidle' });
	const before = scripts.length;
	const button = page.locator('[data-copy-markdown]');
	await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeVisible();
	await button.click();
	// Announced in the page's status region (and on the button, for two seconds).
	await expect(page.getByRole('status').filter({ hasText: 'Article copied as Markdown' })).toHaveCount(1);
	// The copy buttons' code (src/client/copy.ts) loads on the first click, not with the page.
	const copyChunk = (url: string) => /\/copy\.[\w-]+\.js$/.test(url);
	expect(scripts.slice(before).some(copyChunk)).toBe(true);
	expect(scripts.slice(0, before).some(copyChunk)).toBe(false);
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await (await page.request.get(`/${slug}.md`)).text());
	await expect(button).toHaveText('Copy as Markdown', { timeout: 5000 });
});
