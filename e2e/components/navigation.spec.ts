/** Theme, skip link, 404 and reading without JavaScript, on the fixture site (e2e/fixtures/site/). */
import { test, expect } from '../support/site';

test.describe('reading with JavaScript on', () => {
	test('home -> article -> switch theme -> back: the theme is remembered', async ({ page, problems }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow or PyTorch?');
		await page.getByRole('link', { name: 'Computational graphs', exact: false }).first().click();
		await expect(page).toHaveURL(/\/computational-graphs\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('graphs');

		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(230, 232, 235)');

		await page.goBack();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
		expect(problems.console).toEqual([]);
	});

	test('the stored theme is applied before the stylesheet and the body exist (no flash)', async ({ page }) => {
		await page.goto('/');
		await page.evaluate(() => localStorage.setItem('theme', 'dark'));
		// Record, in document order, when data-theme is set and when the stylesheet and <body> are inserted.
		await page.addInitScript(() => {
			const order: string[] = [];
			(window as unknown as { order: string[] }).order = order;
			new MutationObserver((records) => {
				for (const record of records) {
					if (record.type === 'attributes') order.push(`data-theme=${document.documentElement.getAttribute('data-theme')}`);
					for (const node of record.addedNodes) if (node.nodeName === 'BODY' || (node instanceof HTMLLinkElement && node.rel === 'stylesheet')) order.push(node.nodeName);
				}
			}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-theme'] });
		});
		await page.goto('/overview/');
		const order = await page.evaluate(() => (window as unknown as { order: string[] }).order);
		expect(order[0]).toBe('data-theme=dark');
		expect(order).toContain('LINK');
		expect(order).toContain('BODY');
	});

	test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
		await page.goto('/overview/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
	});

	test('an unknown address answers 404 with the site page', async ({ page }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	});
});

test.describe('reading with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('home -> article -> back works, and the theme follows the system', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(15, 18, 22)');
		await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
		await page.getByRole('link', { name: 'Computational graphs', exact: false }).first().click();
		await expect(page).toHaveURL(/\/computational-graphs\/$/);
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(15, 18, 22)');
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('TensorFlow or PyTorch?');
	});
});
