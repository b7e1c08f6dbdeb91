import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, sitemapPaths } from '../support/site';
import { FIXTURE_DIST } from '../support/fixture-site';

/** Renamed articles: e2e/fixtures/site/computational-graphs.mdx has `redirectFrom: [graphs-and-compilers]`. */
test('an old slug leads to the article through a page any static host serves', async ({ page, request }) => {
	const response = await request.get('/graphs-and-compilers/');
	expect(response.status()).toBe(200);
	const html = await response.text();
	expect(html).toContain('<meta http-equiv="refresh" content="0;url=/computational-graphs/">');
	expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/computational-graphs\/">/);
	expect(html).toContain('<a href="/computational-graphs/">');
	expect(html).not.toContain('<script');
	await page.goto('/graphs-and-compilers/');
	await expect(page).toHaveURL(/\/computational-graphs\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Computational graphs (fixture)');
});

test('_redirects sends the old slug to the article, with and without the slash (Netlify, Cloudflare Pages)', () => {
	const lines = readFileSync(join(FIXTURE_DIST, '_redirects'), 'utf8').split('\n');
	expect(lines).toContain('/graphs-and-compilers /computational-graphs/ 301');
	expect(lines).toContain('/graphs-and-compilers/ /computational-graphs/ 301');
});

test('the old address is not in the sitemap', () => {
	const paths = sitemapPaths(FIXTURE_DIST);
	expect(paths).toContain('/computational-graphs/');
	expect(paths).not.toContain('/graphs-and-compilers/');
});

test('an order of 2.5 goes between 2 and the next topic, in every list', async ({ page }) => {
	// Foundations in the fixtures: overview 1, computational-graphs 2, performance 2.5.
	await page.goto('/');
	const cards = await page.locator('.cards a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(cards.slice(0, 4)).toEqual(['/overview/', '/computational-graphs/', '/performance/', '/debugging/']);
	await page.goto('/computational-graphs/');
	await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/performance/');
	await page.goto('/performance/');
	await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/debugging/');
});
