import { test, expect, sitemapPaths } from './support/site';
import type { Page } from '@playwright/test';

/**
 * Page chrome and geometry at the widths readers use: no horizontal scroll on
 * any page, a one-row header, the article's <h1> on the first screen of a
 * phone, the phone menu, and search on phones.
 */
const WIDTHS = [320, 390, 768, 1024, 1280, 1920];
const LONG_QUERY = 'distributed'.repeat(27).slice(0, 300);
const pages = [...sitemapPaths(), '/404.html', `/search/?q=${LONG_QUERY}`, `/api-map/?filter=${LONG_QUERY}`];

/** How far the page scrolls sideways, and the element that sticks out furthest, to name in a failure. */
async function overflow(page: Page): Promise<{ by: number; widest: string }> {
	return page.evaluate(() => {
		const root = document.documentElement;
		let widest = '';
		let right = root.clientWidth;
		for (const element of document.body.querySelectorAll('*')) {
			const box = element.getBoundingClientRect();
			if (box.right > right + 0.5 && box.width > 0) {
				right = box.right;
				widest = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')}`;
			}
		}
		return { by: root.scrollWidth - root.clientWidth, widest };
	});
}

// Each page is loaded once and measured at every width (resizing re-lays it out); four tests share the pages.
const CHUNKS = 4;
for (let chunk = 0; chunk < CHUNKS; chunk++) {
	test(`no horizontal scroll at ${WIDTHS.join(', ')} px: sitemap pages, 404 and 300-character queries (part ${chunk + 1} of ${CHUNKS})`, async ({ page }) => {
		test.setTimeout(300_000);
		const failures: string[] = [];
		const mine = pages.filter((_, i) => i % CHUNKS === chunk);
		for (const path of mine) {
			await page.setViewportSize({ width: WIDTHS[0] ?? 320, height: 800 });
			await page.goto(path);
			if (path.startsWith('/search/?q=')) await expect(page.locator('[data-search-page] [data-search-status]')).not.toBeEmpty();
			if (path.startsWith('/api-map/?filter=')) await expect(page.locator('[data-api-count]')).toContainText('match');
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 800 });
				const result = await overflow(page);
				if (result.by > 0) failures.push(`${path.slice(0, 40)} at ${width}: ${result.by} px (${result.widest})`);
			}
		}
		expect(failures).toEqual([]);
		expect(mine.length).toBeGreaterThan(3);
	});
}

test.describe('header', () => {
	for (const width of [1024, 1280, 1920]) {
		test(`one row, at most 64 px tall, at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/code-examples/');
			const header = page.locator('.site-header');
			const box = await header.boundingBox();
			expect(box?.height).toBeLessThanOrEqual(64);
			// Everything of the desktop header is there, and on the one row.
			for (const control of [
				page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'API map' }),
				page.getByRole('button', { name: /^Search/ }),
				page.getByRole('group', { name: 'Code examples in' }).getByRole('button', { name: 'TensorFlow' }),
				page.getByRole('button', { name: 'Dark theme' }),
			]) {
				const item = await control.boundingBox();
				expect(item, `${control} is shown`).not.toBeNull();
				expect((item?.y ?? 0) + (item?.height ?? 0)).toBeLessThanOrEqual((box?.y ?? 0) + (box?.height ?? 0));
			}
			await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeHidden();
		});
	}

	for (const width of [320, 390, 768]) {
		test(`a compact bar of at most 56 px at ${width} px: logo, search and menu`, async ({ page }) => {
			await page.setViewportSize({ width, height: 700 });
			await page.goto('/code-examples/');
			expect((await page.locator('.site-header').boundingBox())?.height).toBeLessThanOrEqual(56);
			await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeVisible();
			await expect(page.getByRole('button', { name: /^Search/ })).toBeVisible();
			await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
		});
	}

	test('pressed buttons are marked by fill, not by a focus ring', async ({ page }) => {
		await page.goto('/code-examples/');
		const pressed = page.getByRole('group', { name: 'Code examples in' }).getByRole('button', { pressed: true });
		await expect(pressed).toHaveCount(1);
		const idle = page.getByRole('group', { name: 'Code examples in' }).getByRole('button', { pressed: false }).first();
		const look = (locator: typeof pressed) => locator.evaluate((el) => ({ outline: getComputedStyle(el).outlineStyle, background: getComputedStyle(el).backgroundColor }));
		const [on, off] = [await look(pressed), await look(idle)];
		expect(on.outline).toBe('none');
		expect(on.background).not.toBe(off.background);
		// Keyboard focus draws the ring.
		await idle.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		expect((await look(idle)).outline).toBe('solid');
	});
});

test.describe('articles on phones', () => {
	for (const [width, height, limit] of [
		[390, 844, 200],
		[320, 568, 240],
	] as const) {
		test(`the <h1> starts within ${limit} px at ${width} x ${height}`, async ({ page }) => {
			await page.setViewportSize({ width, height });
			for (const path of ['/code-examples/', '/distributed-training/', '/installation/']) {
				await page.goto(path);
				const top = (await page.getByRole('heading', { level: 1 }).boundingBox())?.y;
				expect(top, path).toBeLessThanOrEqual(limit);
			}
		});
	}
});

test.describe('menu below 1024 px', () => {
	test('opens from the keyboard with the sections, the lens, the theme and the articles; Esc closes it and focus returns', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/debugging/');
		const button = page.getByRole('button', { name: 'Menu', exact: true });
		const menu = page.getByRole('dialog', { name: 'Menu' });
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(menu).toBeVisible();
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(menu.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Install' })).toBeVisible();
		await expect(menu.getByRole('group', { name: 'Code examples in' })).toBeVisible();
		await expect(menu.getByRole('button', { name: 'Dark theme' })).toBeVisible();
		const articles = menu.getByRole('navigation', { name: 'Articles' });
		await expect(articles.locator('a[aria-current="page"]')).toBeVisible();
		await expect(articles.locator('a[aria-current="page"]')).toHaveText(/Debugging/);
		// Every topic can be expanded to its articles.
		const closed = articles.locator('details:not([open]) > summary').first();
		await closed.click();
		await expect(articles.locator('details[open]')).toHaveCount(2);

		await page.keyboard.press('Escape');
		await expect(menu).toBeHidden();
		await expect(button).toBeFocused();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		// The controls went back where they came from: one of each in the page.
		await expect(page.locator('[data-menu-tools] [data-theme-toggle]')).toHaveCount(1);
		await expect(page.locator('[data-theme-toggle]')).toHaveCount(1);
		await expect(page.locator('.article-grid > [data-sidebar]')).toHaveCount(1);
	});

	test('the close button and a link close it too', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/debugging/');
		await page.getByRole('button', { name: 'Menu', exact: true }).click();
		await page.getByRole('button', { name: 'Close menu' }).click();
		await expect(page.getByRole('dialog', { name: 'Menu' })).toBeHidden();
		await page.getByRole('button', { name: 'Menu', exact: true }).click();
		await page.getByRole('dialog', { name: 'Menu' }).getByRole('link', { name: 'Install' }).click();
		await expect(page).toHaveURL(/\/install\/$/);
	});
});

test('widgets are custom elements upgraded over their markup; the menu\'s is defined on the first press of Menu, not before', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/debugging/');
	// The names that are defined and upgraded in this page.
	const upgraded = (names: string[]) => page.evaluate((list) => list.filter((name) => customElements.get(name) !== undefined && document.querySelector(`${name}:defined`) !== null), names);
	const everyArticle = ['site-theme-toggle', 'framework-switch', 'site-search', 'site-disclosure', 'site-scroll-spy', 'site-tabs'];
	await expect.poll(() => upgraded(everyArticle)).toEqual(everyArticle);
	expect(await upgraded(['site-menu'])).toEqual([]);
	await page.getByRole('button', { name: 'Menu', exact: true }).click();
	await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
	expect(await upgraded(['site-menu'])).toEqual(['site-menu']);
});

test.describe('without JavaScript on a phone', () => {
	test.use({ javaScriptEnabled: false });

	test('the Menu link leads to the full index, and the article list follows the article', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/debugging/');
		await expect(page.getByRole('navigation', { name: 'Articles' })).toBeVisible();
		const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
		const nav = await page.getByRole('navigation', { name: 'Articles' }).boundingBox();
		expect(nav?.y).toBeGreaterThan(h1?.y ?? 0);
		await page.getByRole('link', { name: 'Menu' }).click();
		await expect(page).toHaveURL(/\/search\/$/);
		await expect(page.getByRole('heading', { name: 'Every article and its sections' })).toBeVisible();
	});
});

test.describe('search on phones', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

	test('full screen, filters behind one button, no keyboard hints, long queries wrap', async ({ page }) => {
		await page.goto('/code-examples/');
		await expect(page.locator('kbd').first()).toBeHidden();
		await page.getByRole('button', { name: /^Search/ }).click();
		const dialog = page.locator('dialog[data-search-dialog]');
		await expect(dialog).toBeVisible();
		// The dialog opens at once and takes its size when the search stylesheet has loaded (src/client/search/search.ts).
		await page.locator('html[data-search-styled]').waitFor({ state: 'attached' });
		const box = await dialog.boundingBox();
		expect(box?.width).toBe(390);
		expect(box?.height).toBe(844);
		await expect(dialog.getByText('to move')).toBeHidden();
		const chip = dialog.getByRole('button', { name: 'TensorFlow', exact: true });
		await expect(chip).toBeHidden();
		const filters = dialog.getByRole('button', { name: 'Filters' });
		await filters.click();
		await expect(chip).toBeVisible();
		await filters.click();
		await expect(chip).toBeHidden();
		await dialog.getByRole('combobox').fill(LONG_QUERY);
		await expect(dialog.getByRole('status')).not.toBeEmpty();
		expect(await dialog.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
	});
});

test('search: one Esc closes the dialog even with a query, and reopening keeps the query', async ({ page }) => {
	await page.goto('/code-examples/');
	await page.getByRole('button', { name: /^Search/ }).click();
	const dialog = page.locator('dialog[data-search-dialog]');
	const input = dialog.getByRole('combobox', { name: 'Search the guide' });
	await input.fill('torchrun');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await page.getByRole('button', { name: /^Search/ }).click();
	await expect(input).toHaveValue('torchrun');
});

test('API map: identifiers stay whole on desktop; each pair is a card on phones', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/api-map/');
	const lines = await page.locator('.api-table td code').evaluateAll((codes) => codes.filter((c) => c.getClientRects().length > 1).map((c) => c.textContent));
	expect(lines).toEqual([]);
	const filter = page.getByLabel('Filter by name or concept');
	expect(await filter.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth && input.clientWidth >= 280)).toBe(true);

	await page.setViewportSize({ width: 390, height: 844 });
	const row = page.locator('.api-table tbody tr').first();
	const [tf, pt] = [await row.locator('td').nth(1).boundingBox(), await row.locator('td').nth(0).boundingBox()];
	expect(tf?.y).toBeGreaterThan(pt?.y ?? 0);
	expect((tf?.x ?? 0) + (tf?.width ?? 0)).toBeLessThanOrEqual(390);
});

test('"Both" stacks the frameworks when a column would be too narrow for code', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/code-examples/');
	await page.getByRole('group', { name: 'Code examples in' }).getByRole('button', { name: 'Both' }).click();
	const group = page.locator('site-tabs[data-sync-key="framework"]').first();
	const panels = group.locator('[role=tabpanel]');
	const [a, b] = [await panels.nth(0).boundingBox(), await panels.nth(1).boundingBox()];
	expect(b?.y).toBeGreaterThan((a?.y ?? 0) + (a?.height ?? 0) - 1);
	// A code character is about 0.6em wide: each column holds at least 60 of them.
	const chars = await panels.nth(0).evaluate((el) => el.clientWidth / (parseFloat(getComputedStyle(el.querySelector('pre code') ?? el).fontSize) * 0.6));
	expect(chars).toBeGreaterThanOrEqual(60);
});

test('/choose/ on a phone: the recommendation stays in view while answering', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/choose/');
	const last = page.locator('fieldset').last();
	await last.scrollIntoViewIfNeeded();
	await last.locator('input[type=radio]').last().check();
	const verdict = page.locator('[data-verdict]');
	await expect(verdict).toBeInViewport();
	await page.locator('fieldset').nth(2).scrollIntoViewIfNeeded();
	await expect(verdict).toBeInViewport();
});

test('404 page: the heading is styled like every page title', async ({ page }) => {
	await page.goto('/404.html');
	const size = await page.getByRole('heading', { level: 1 }).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
	expect(size).toBeGreaterThanOrEqual(28);
});

test('footer: its sentence and its links are separate, spaced items', async ({ page }) => {
	await page.goto('/');
	const text = await page.locator('.site-footer').innerText();
	expect(text).not.toMatch(/page\.RSS/);
	expect(text).not.toMatch(/·Sitemap/);
});
