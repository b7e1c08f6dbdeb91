import { test, expect } from '../support/site';

/** Callouts on the fixture site (e2e/fixtures/site/installation.mdx and deployment.mdx). */
test('each callout is a note with its type’s title, or its own, and its text', async ({ page }) => {
	await page.goto('/installation/');
	const callouts = page.locator('article [role=note].callout');
	await expect(callouts.locator('.callout__title')).toHaveText(['Note', 'A titled warning', 'Correction']);
	await expect(callouts.nth(1)).toHaveClass(/callout--warning/);
	await expect(callouts.nth(1)).toContainText('A warning callout with its own title.');
	await page.goto('/deployment/');
	await expect(page.locator('article .callout--tip .callout__title')).toHaveText('Tip');
});

test('the two callout kinds that warn look different from a note', async ({ page }) => {
	await page.goto('/installation/');
	const border = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).borderLeftColor);
	const [note, warning, correction] = await Promise.all([border('.callout--note'), border('.callout--warning'), border('.callout--correction')]);
	expect(new Set([note, warning, correction]).size).toBe(3);
});
