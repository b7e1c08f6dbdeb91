import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/site';
import { FIXTURE_DIST } from '../support/fixture-site';

/** Sidebar, table of contents, previous/next, tags, structured data, anchors and print, on the fixture site (e2e/fixtures/site/). */

test.describe('sidebar', () => {
	test('lists the current topic in full, marks this page, and lists the other topics closed', async ({ page }) => {
		await page.setViewportSize({ width: 1400, height: 900 });
		await page.goto('/debugging/');
		const nav = page.getByRole('navigation', { name: 'Articles' });
		await expect(nav).toBeVisible();
		await expect(nav.locator('a[aria-current="page"]')).toHaveText(/Debugging/);
		const current = nav.locator('.sidebar__group--current a');
		expect(await current.count()).toBe(3);
		await expect(nav.locator('.sidebar__group:not(.sidebar__group--current) > details:not([open]) > summary')).toHaveCount(4);
		await expect(nav.locator('.sidebar__group--current > details[open]')).toHaveCount(1);
		await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeHidden();
	});

	test('moves into the menu on narrow screens: opens, closes with Escape, and returns focus', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto('/debugging/');
		const button = page.getByRole('button', { name: 'Menu', exact: true });
		const nav = page.getByRole('navigation', { name: 'Articles' });
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await expect(nav).toBeHidden();
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(nav).toBeVisible();
		// Focus moves into the menu (a modal dialog), whose first control closes it.
		await expect(page.getByRole('button', { name: 'Close menu' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(nav).toBeHidden();
		await expect(button).toBeFocused();
	});
});

test.describe('table of contents', () => {
	test('lists the sections and marks the one being read', async ({ page }) => {
		await page.setViewportSize({ width: 1400, height: 900 });
		await page.goto('/distributed-training/');
		const toc = page.getByRole('navigation', { name: 'On this page' });
		await expect(toc).toBeVisible();
		const links = toc.getByRole('link');
		expect(await links.count()).toBeGreaterThanOrEqual(6);
		const target = links.nth(4);
		const id = ((await target.getAttribute('href')) ?? '').slice(1);
		await page.locator(`[id="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
		await expect(target).toHaveAttribute('aria-current', 'true');
		await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
		await expect(toc).toBeInViewport();
	});

	test('is a disclosure on narrow screens', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto('/distributed-training/');
		const button = page.getByRole('button', { name: 'On this page' });
		await expect(page.locator('#toc-list')).toBeHidden();
		await button.click();
		await expect(page.locator('#toc-list')).toBeVisible();
		await page.locator('#toc-list a').first().click();
		await expect(page.locator('#toc-list')).toBeHidden();
	});
});

test('previous and next links follow the reading order of the home page', async ({ page }) => {
	await page.goto('/');
	const order = await page.locator('.cards a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	for (let i = 1; i < order.length - 1; i += 4) {
		await page.goto(order[i] ?? '/');
		await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', order[i - 1] ?? '');
		await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', order[i + 1] ?? '');
	}
	await page.goto(order[0] ?? '/');
	await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
});

test('tags link to a page per tag that lists the articles carrying it', async ({ page }) => {
	await page.goto('/computational-graphs/');
	const tag = page.getByRole('list', { name: 'Tags' }).getByRole('link').first();
	const name = (await tag.textContent())?.trim() ?? '';
	await tag.click();
	await expect(page).toHaveURL(new RegExp(`/tags/${name}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Articles tagged “${name}”`);
	await expect(page.locator('.cards a', { hasText: 'Computational graphs' })).toBeVisible();
	await page.getByRole('link', { name: 'All tags' }).click();
	expect(await page.locator('.tags--index a').count()).toBeGreaterThan(10);
});

test('each article carries valid TechArticle and BreadcrumbList JSON-LD', async ({ page }) => {
	for (const path of ['/overview/', '/deployment/']) {
		await page.goto(path);
		const raw = await page.locator('script[type="application/ld+json"]').textContent();
		const data = JSON.parse(raw ?? '') as { '@context': string; '@graph': Record<string, unknown>[] };
		expect(data['@context']).toBe('https://schema.org');
		const article = data['@graph'].find((n) => n['@type'] === 'TechArticle');
		expect(article?.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
		expect(article?.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(article?.url).toMatch(new RegExp(`${path}$`));
		const crumbs = data['@graph'].find((n) => n['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; name: string; item: string }[] };
		expect(crumbs.itemListElement.map((c) => c.position)).toEqual([1, 2, 3]);
		expect(crumbs.itemListElement[2]?.item).toMatch(new RegExp(`${path}$`));
	}
});

test('the sitemap gives articles their updated date as lastmod', () => {
	const xml = readFileSync(join(FIXTURE_DIST, 'sitemap-0.xml'), 'utf8');
	expect(xml).toMatch(/<loc>[^<]*\/debugging\/<\/loc><lastmod>\d{4}-\d{2}-\d{2}/);
});

test('heading anchors appear on hover and focus, and link to the heading', async ({ page }) => {
	await page.goto('/debugging/');
	const heading = page.locator('.prose h2').first();
	const anchor = heading.locator('a.anchor');
	await expect(anchor).toHaveAttribute('href', `#${await heading.getAttribute('id')}`);
	expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
	await anchor.focus();
	expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
});

test('print: no navigation chrome, URLs after external links, every tab panel', async ({ page }) => {
	await page.goto('/deployment/');
	await page.emulateMedia({ media: 'print' });
	for (const selector of ['.site-header', '.site-footer', '.sidebar', '.toc', '.breadcrumbs', '.prev-next']) await expect(page.locator(selector).first()).toBeHidden();
	const after = await page.locator('main a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain('http');
	const panels = page.locator('site-tabs [role=tabpanel]');
	await expect(panels.filter({ visible: true })).toHaveCount(await panels.count());
});
