import { test, expect } from '../support/site';
import type { Page } from '@playwright/test';

/** On the fixture site (e2e/fixtures/site/code-examples.mdx has four framework groups). Framework tab groups: sync, memory, deep links, "Both", keyboard, scroll, find in page, no-JS, print, copy. */
const PAGE = '/code-examples/';
const groups = (page: Page) => page.locator('site-tabs[data-sync-key="framework"]');
const selected = (page: Page) => groups(page).locator('[role=tab][aria-selected=true]');

test('choosing TensorFlow in one group switches every framework group on the page', async ({ page, problems }) => {
	await page.goto(PAGE);
	const count = await groups(page).count();
	expect(count).toBeGreaterThanOrEqual(4);
	await expect(selected(page)).toHaveText(Array(count).fill('PyTorch'));
	await groups(page).nth(2).getByRole('tab', { name: 'TensorFlow' }).click();
	await expect(selected(page)).toHaveText(Array(count).fill('TensorFlow'));
	await expect(groups(page).locator('[role=tabpanel][data-value=tensorflow]:visible')).toHaveCount(count);
	await expect(groups(page).locator('[role=tabpanel][data-value=pytorch]:visible')).toHaveCount(0);
	await expect(groups(page).locator('[role=tabpanel][data-value=pytorch]').first()).toHaveAttribute('hidden', 'until-found');
	expect(problems.console).toEqual([]);
});

test('the choice is remembered across pages and reloads, and shown in the header', async ({ page }) => {
	await page.goto(PAGE);
	await groups(page).first().getByRole('tab', { name: 'TensorFlow' }).click();
	await page.goto('/computational-graphs/');
	await expect(selected(page).first()).toHaveText('TensorFlow');
	await expect(page.getByRole('group', { name: 'Code examples in' }).getByRole('button', { name: 'TensorFlow' })).toHaveAttribute('aria-pressed', 'true');
	await page.reload();
	await expect(selected(page).first()).toHaveText('TensorFlow');
	expect(await page.evaluate(() => localStorage.getItem('tabs:framework'))).toBe('tensorflow');
});

test('?framework= in the URL wins over the stored choice, and switching updates the URL without a history entry', async ({ page }) => {
	await page.goto(PAGE);
	await page.evaluate(() => localStorage.setItem('tabs:framework', 'pytorch'));
	await page.goto(`${PAGE}?framework=tensorflow`);
	await expect(selected(page).first()).toHaveText('TensorFlow');
	const length = await page.evaluate(() => history.length);
	await groups(page).first().getByRole('tab', { name: 'PyTorch' }).click();
	await expect(page).toHaveURL(/\?framework=pytorch$/);
	expect(await page.evaluate(() => history.length)).toBe(length);
	await page.goto(`${PAGE}?framework=nonsense`);
	await expect(selected(page).first()).toHaveText('PyTorch');
});

test('"Both" shows the two versions side by side on wide screens and stacked on narrow ones', async ({ page }) => {
	// Side by side only where each column holds ~60 characters of code beside the sidebar and the contents.
	await page.setViewportSize({ width: 1920, height: 900 });
	await page.goto(PAGE);
	await page.getByRole('group', { name: 'Code examples in' }).getByRole('button', { name: 'Both' }).click();
	const first = groups(page).first();
	await expect(first.getByRole('tablist')).toBeHidden();
	const [py, tf] = [first.locator('[data-value=pytorch][role=tabpanel]'), first.locator('[data-value=tensorflow][role=tabpanel]')];
	await expect(py).toBeVisible();
	await expect(tf).toBeVisible();
	await expect(py.locator('.tabs__label')).toHaveText('PyTorch');
	let [a, b] = [await py.boundingBox(), await tf.boundingBox()];
	expect(b?.x).toBeGreaterThan((a?.x ?? 0) + (a?.width ?? 0) - 1);
	expect(Math.abs((a?.y ?? 0) - (b?.y ?? 0))).toBeLessThan(2);
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: 800 });
		[a, b] = [await py.boundingBox(), await tf.boundingBox()];
		expect(b?.y, `stacked at ${width} px`).toBeGreaterThan((a?.y ?? 0) + (a?.height ?? 0) - 1);
	}
	await page.reload();
	await expect(tf).toBeVisible();
	await expect(py).toBeVisible();
});

test('keyboard: arrows, Home and End move focus and selection; one tab stop per group; visible focus ring', async ({ page }) => {
	await page.goto(PAGE);
	const group = groups(page).first();
	const [py, tf] = [group.getByRole('tab', { name: 'PyTorch' }), group.getByRole('tab', { name: 'TensorFlow' })];
	await expect(py).toHaveAttribute('tabindex', '0');
	await expect(tf).toHaveAttribute('tabindex', '-1');
	await py.focus();
	await page.keyboard.press('ArrowRight');
	await expect(tf).toBeFocused();
	await expect(tf).toHaveAttribute('aria-selected', 'true');
	await expect(tf).toHaveAttribute('tabindex', '0');
	expect(await tf.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
	await page.keyboard.press('ArrowRight');
	await expect(py).toBeFocused();
	await page.keyboard.press('End');
	await expect(tf).toBeFocused();
	await page.keyboard.press('Home');
	await expect(py).toBeFocused();
	await expect(py).toHaveAttribute('aria-selected', 'true');
	const panelId = await py.getAttribute('aria-controls');
	await expect(page.locator(`#${panelId}`)).toHaveAttribute('aria-labelledby', (await py.getAttribute('id')) ?? '');
});

test('switching keeps the clicked tab where it was on the screen', async ({ page }) => {
	await page.setViewportSize({ width: 1200, height: 700 });
	await page.goto(PAGE);
	const tab = groups(page).nth(3).getByRole('tab', { name: 'TensorFlow' });
	await tab.scrollIntoViewIfNeeded();
	await page.evaluate(() => window.scrollBy(0, -200));
	const before = (await tab.boundingBox())?.y ?? 0;
	await tab.click();
	await expect(tab).toHaveAttribute('aria-selected', 'true');
	const after = (await tab.boundingBox())?.y ?? 0;
	expect(Math.abs(after - before)).toBeLessThan(2);
});

test('find in page reaches text in a hidden panel and opens its tab', async ({ page }) => {
	await page.goto(PAGE);
	const panel = groups(page).nth(1).locator('[role=tabpanel][data-value=tensorflow]');
	await expect(panel).toHaveAttribute('hidden', 'until-found');
	// A text fragment uses the same mechanism as Ctrl+F: it fires `beforematch` on the hidden panel.
	await page.goto(`${PAGE}#:~:text=prefetch(tf.data.AUTOTUNE)`);
	await expect(panel).toBeVisible();
	await expect(groups(page).nth(1).getByRole('tab', { name: 'TensorFlow' })).toHaveAttribute('aria-selected', 'true');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every panel is visible under its label and the tab list is hidden', async ({ page }) => {
		await page.goto(PAGE);
		const count = await groups(page).count();
		await expect(groups(page).locator('[role=tabpanel]:visible')).toHaveCount(count * 2);
		await expect(groups(page).locator('.tabs__label:visible')).toHaveCount(count * 2);
		await expect(groups(page).getByRole('tablist')).toHaveCount(0);
		await expect(page.getByRole('group', { name: 'Code examples in' })).toBeHidden();
	});
});

test('print shows every panel under its label, and no tab list or copy button', async ({ page }) => {
	await page.goto(PAGE);
	await page.emulateMedia({ media: 'print' });
	const count = await groups(page).count();
	await expect(groups(page).locator('[role=tabpanel]:visible')).toHaveCount(count * 2);
	await expect(groups(page).locator('.tabs__label:visible')).toHaveCount(count * 2);
	await expect(page.locator('.tabs__list:visible')).toHaveCount(0);
	await expect(page.locator('.code__copy:visible')).toHaveCount(0);
});

test.describe('copy buttons', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copy exactly the code, confirm visibly and to screen readers, and work by keyboard', async ({ page }) => {
		await page.goto(PAGE);
		const block = groups(page).first().locator('[role=tabpanel][data-value=pytorch] .code');
		const button = block.getByRole('button', { name: 'Copy model.py' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(button).toHaveText('Copied');
		await expect(page.getByRole('status')).toHaveText('Copied');
		const clipboard = await page.evaluate(() => navigator.clipboard.readText());
		expect(clipboard).toBe((await block.locator('pre code').textContent())?.trimEnd());
		expect(clipboard).toContain('class MLP(nn.Module)');
		await expect(button).toHaveText('Copy', { timeout: 5000 });
	});

	test('shell blocks copy the commands without prompts or output', async ({ page }) => {
		await page.goto('/installation/');
		const block = page.locator('.code[data-lang=bash]').filter({ hasText: '$ python3 -c' }).first();
		await block.getByRole('button').click();
		// "Copied" shows once the clipboard holds the text (the copy code loads on this first click).
		await expect(block.getByRole('button')).toHaveText('Copied');
		const clipboard = await page.evaluate(() => navigator.clipboard.readText());
		expect(clipboard.startsWith('python3 -c')).toBe(true);
		expect(clipboard).not.toContain('$ ');
		expect(clipboard.split('\n')).toHaveLength(await block.locator('.line', { hasText: /^\$ / }).count());
	});
});

test('no element gets an inline style attribute at run time either', async ({ page }) => {
	await page.goto(PAGE);
	await groups(page).first().getByRole('tab', { name: 'TensorFlow' }).click();
	await page.getByRole('button', { name: 'Dark theme' }).click();
	expect(await page.locator('[style]').count()).toBe(0);
});
