import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { astroBuild } from './support/build';
import { startServer } from './support/serve';
import { test, expect } from './support/site';

/**
 * Search and highlighting under hostile or broken input (issue #18): numeric
 * references outside Unicode in an article, a malformed URL fragment, and a
 * search index that fails to load its data.
 */
const ROOT = join(import.meta.dirname, '..');

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const input = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the guide' });

async function search(page: Page, query: string): Promise<void> {
	await page.getByRole('button', { name: /^Search/ }).click();
	await expect(dialog(page)).toBeVisible();
	await input(page).fill(query);
}

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
	await expect(dialog(page).getByRole('status')).toHaveText('Search failed for “GradientTape”. Try other words, or reload the page.');
	await expect(dialog(page).getByRole('option')).toHaveCount(0);
});

test.describe('a site whose article holds numeric references outside Unicode', () => {
	test.describe.configure({ timeout: 240_000 });
	let server: Server | undefined;
	let dir = '';
	const PORT = Number(process.env.E2E_PORT ?? 4399) + 30;
	const origin = `http://127.0.0.1:${PORT}`;

	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'field-guide-hardening-'));
		const content = join(dir, 'content');
		cpSync(join(ROOT, 'content'), content, { recursive: true });
		cpSync(join(import.meta.dirname, 'fixtures', 'hardening', 'entity-probe.mdx'), join(content, 'entity-probe.mdx'));
		const { code, output } = await astroBuild({ CONTENT_DIR: content, ASTRO_CACHE_DIR: join(dir, 'cache') }, join(dir, 'dist'));
		expect(code, output).toBe(0);
		server = await startServer(join(dir, 'dist'), PORT, '/');
	});
	test.afterAll(async () => {
		await new Promise((done) => server?.close(done));
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('search finds the article and shows its excerpt', async ({ page, problems }) => {
		await page.goto(`${origin}/overview/`);
		await search(page, 'zqxentity');
		const first = dialog(page).getByRole('option').first();
		await expect(first).toHaveAttribute('href', /\/entity-probe\/\?highlight=zqxentity/);
		await expect(first.locator('mark')).toHaveText(['zqxentity']);
		await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results? for “zqxentity”/);
		expect(problems.console).toEqual([]);
	});
});
