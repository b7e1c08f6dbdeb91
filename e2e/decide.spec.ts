import { test, expect } from './support/site';
import type { Page } from '@playwright/test';

/** The decision guide (/choose/) and the API map (/api-map/). */
const guide = (page: Page) => page.locator('[data-decision]');
const verdict = (page: Page) => guide(page).locator('.decision__verdict strong:visible');
const question = (page: Page, text: RegExp) => guide(page).getByRole('group', { name: text });

test('the recommendation changes with the answers and explains each contribution', async ({ page, problems }) => {
	await page.goto('/choose/');
	await expect(verdict(page)).toHaveText('Either framework fits what you have told us so far.');
	await question(page, /Where will the trained model run/).getByRole('radio', { name: /browser/i }).check();
	await expect(verdict(page)).toHaveText('TensorFlow fits your situation better.');
	const reasons = guide(page).locator('[data-reason]:visible');
	await expect(reasons).toHaveCount(1);
	await expect(reasons.first().getByRole('link', { name: 'Read why' })).toHaveAttribute('href', /\/deployment\/#/);
	await question(page, /Which libraries/).getByRole('radio', { name: /Transformers/i }).check();
	await expect(verdict(page)).toHaveText('PyTorch fits your situation better.');
	await expect(reasons).toHaveCount(2);
	await expect(reasons.first()).toContainText('Transformers');
	await question(page, /Which libraries/).getByRole('combobox').selectOption({ label: 'Not at all' });
	await expect(verdict(page)).toHaveText('TensorFlow fits your situation better.');
	expect(problems.console).toEqual([]);
});

test('the answers live in the URL, and a shared link restores them', async ({ page }) => {
	await page.goto('/choose/');
	await question(page, /Where will the trained model run/).getByRole('radio', { name: /browser/i }).check();
	await expect(page).toHaveURL(/\/choose\/\?deploy=browser$/);
	const shared = page.url();
	await page.goto('/');
	await page.goto(shared);
	await expect(question(page, /Where will the trained model run/).getByRole('radio', { name: /browser/i })).toBeChecked();
	await expect(verdict(page)).toHaveText('TensorFlow fits your situation better.');
	await page.goto('/choose/?deploy=nonsense&team.weight=99');
	await expect(verdict(page)).toHaveText('Either framework fits what you have told us so far.');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the decision guide is a static matrix with the same links', async ({ page }) => {
		await page.goto('/choose/');
		await expect(guide(page)).toBeHidden();
		const matrix = page.getByRole('region', { name: 'Decision matrix' });
		await expect(matrix).toBeVisible();
		const rows = matrix.locator('tbody tr:has(td)');
		expect(await rows.count()).toBeGreaterThanOrEqual(20);
		await expect(matrix.getByRole('link', { name: 'Read why' }).first()).toHaveAttribute('href', /\/[a-z-]+\/#[a-z0-9_-]+$/);
	});
	test('the API map is a full table', async ({ page }) => {
		await page.goto('/api-map/');
		await expect(page.locator('[data-api-filter]')).toBeHidden();
		expect(await page.locator('tr[data-api-row]:visible').count()).toBeGreaterThanOrEqual(60);
	});
});

test('the API map filters as you type, by either framework’s name, and keeps the filter in the URL', async ({ page }) => {
	await page.goto('/api-map/');
	const rows = page.locator('tr[data-api-row]:visible');
	const total = await rows.count();
	expect(total).toBeGreaterThanOrEqual(60);
	const input = page.getByRole('searchbox', { name: 'Filter by name or concept' });
	await input.fill('DataLoader');
	await expect(rows.first()).toContainText('tf.data.Dataset');
	expect(await rows.count()).toBeLessThan(10);
	await input.fill('GradientTape');
	await expect(rows.filter({ hasText: 'backward' }).first()).toBeVisible();
	await expect(page).toHaveURL(/\?filter=GradientTape$/);
	// The filter hides the groups without a match: fewer are visible than the map has.
	expect(await page.locator('[data-api-group]:visible').count()).toBeLessThan(await page.locator('[data-api-group]').count());
	await input.fill('qqqzzz');
	await expect(rows).toHaveCount(0);
	await expect(page.locator('[data-api-empty]')).toBeVisible();
	await page.goto('/api-map/?filter=manual_seed');
	await expect(rows.first()).toContainText('set_random_seed');
	await input.fill('');
	await expect(rows).toHaveCount(total);
});

test('site search finds an API map entry by either framework’s name', async ({ page }) => {
	await page.goto('/search/');
	const field = page.locator('[data-search-page]').getByRole('combobox');
	const results = page.locator('[data-search-page] a.result:not(.result--sub)');
	for (const name of ['use_deterministic_algorithms', 'enable_op_determinism']) {
		await field.fill(name);
		await expect(results.filter({ hasText: 'API map' }).first(), name).toBeVisible();
	}
});

test('the guide and the map are linked from the home page, the navigation and the articles', async ({ page }) => {
	await page.goto('/');
	for (const href of ['/choose/', '/api-map/']) {
		await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Site' }).locator(`a[href="${href}"]`)).toBeVisible();
	}
	await page.goto('/choosing/');
	await expect(page.locator('article a[href="/choose/"]')).toBeVisible();
	await page.goto('/code-examples/');
	await expect(page.locator('article a[href="/api-map/"]')).toBeVisible();
});
