import { test, expect } from './support/site';
import type { Page } from '@playwright/test';

const UAS = {
	windows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
	macos: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
	linux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
} as const;
const NAMES = { windows: 'Windows', macos: 'macOS', linux: 'Linux' } as const;

const selector = (page: Page) => page.locator('[data-install-selector]');
const radio = (page: Page, group: string, label: string) => selector(page).getByRole('group', { name: group }).getByRole('radio', { name: label, exact: true });
const output = (page: Page) => selector(page).locator('[data-output-lines]');

for (const os of ['windows', 'macos', 'linux'] as const) {
	test.describe(`a visitor on ${NAMES[os]}`, () => {
		test.use({ userAgent: UAS[os] });
		test(`sees ${NAMES[os]} preselected in the selector and the OS tabs`, async ({ page, problems }) => {
			await page.goto('/install/');
			await expect(radio(page, 'Operating system', NAMES[os])).toBeChecked();
			await expect(selector(page).locator('[data-detected-os]')).toHaveText(NAMES[os]);
			const tabs = page.locator('site-tabs[data-sync-key="os"]');
			await expect(tabs.getByRole('tab', { name: NAMES[os], exact: true })).toHaveAttribute('aria-selected', 'true');
			await expect(tabs.locator(`[role=tabpanel][data-value=${os}]`)).toBeVisible();
			expect(problems.console).toEqual([]);
		});
	});
}

test('the selection lives in the URL and a link reproduces it', async ({ page }) => {
	await page.goto('/install/?os=wsl2&framework=tensorflow&accelerator=cuda&pm=uv');
	await expect(radio(page, 'Operating system', 'Windows (WSL2)')).toBeChecked();
	await expect(radio(page, 'Framework', 'TensorFlow')).toBeChecked();
	await expect(radio(page, 'Accelerator', 'NVIDIA CUDA')).toBeChecked();
	await expect(radio(page, 'Package manager', 'uv')).toBeChecked();
	await expect(output(page)).toContainText("uv pip install 'tensorflow[and-cuda]'");
	await expect(output(page)).toContainText('uv venv');
	await radio(page, 'Framework', 'PyTorch').check();
	await expect(page).toHaveURL(/\/install\/\?os=wsl2&framework=pytorch&accelerator=cuda&pm=uv$/);
	await expect(output(page)).toContainText('uv pip install torch torchvision');
	await page.reload();
	await expect(radio(page, 'Framework', 'PyTorch')).toBeChecked();
	await radio(page, 'Package manager', 'pip').check();
	await expect(output(page)).toContainText('pip3 install torch torchvision');
	await expect(selector(page).locator('[data-output-guide]')).toHaveAttribute('href', /\/install\/wsl2\/#pytorch-cuda$/);
});

test('impossible combinations explain why and what to do instead', async ({ page }) => {
	await page.goto('/install/?os=windows&framework=tensorflow&accelerator=cuda&pm=pip');
	const notes = selector(page).locator('[data-output-notes]');
	await expect(notes).toContainText('TensorFlow is not available for this combination');
	await expect(notes).toContainText('WSL2');
	await page.goto('/install/?os=macos&framework=both&accelerator=cuda&pm=pip');
	await expect(notes.locator('.selector__unsupported')).toHaveCount(2);
	await expect(page.locator('#pytorch-cuda')).toHaveCount(0);
	await page.goto('/install/macos/');
	await expect(page.locator('#pytorch-cuda')).toBeVisible();
	await expect(page.locator('section[aria-labelledby="pytorch-cuda"]').getByRole('note')).toContainText('Not available');
});

test.describe('copy', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
	test('copies exactly the commands shown, in the shell of the chosen OS', async ({ page }) => {
		await page.goto('/install/?os=windows&framework=pytorch&accelerator=cuda&pm=pip');
		await expect(selector(page).locator('[data-output-lang]')).toHaveText('PowerShell');
		await selector(page).getByRole('button', { name: 'Copy the install commands' }).click();
		// "Copied" shows once the clipboard holds the text (the copy code loads on this first click).
		await expect(page.getByRole('status').last()).toHaveText('Copied');
		const clipboard = await page.evaluate(() => navigator.clipboard.readText());
		expect(clipboard).toBe(await output(page).textContent());
		expect(clipboard).toContain('python -m venv .venv');
		expect(clipboard).toContain('pip3 install torch torchvision --index-url https://download.pytorch.org/whl/cu130');
	});
});

test('the OS chosen in the tabs is remembered across pages and visits', async ({ page }) => {
	await page.goto('/install/');
	await page.locator('site-tabs[data-sync-key="os"]').getByRole('tab', { name: 'macOS' }).click();
	await page.goto('/installation/');
	await page.goto('/install/');
	await expect(page.locator('site-tabs[data-sync-key="os"]').getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true');
	await expect(radio(page, 'Operating system', 'macOS')).toBeChecked();
});

test('each OS guide covers both frameworks on every accelerator, with checks and expected output', async ({ page }) => {
	for (const os of ['linux', 'macos', 'windows', 'wsl2']) {
		await page.goto(`/install/${os}/`);
		for (const id of ['pytorch-cpu', 'pytorch-cuda', 'pytorch-rocm', 'pytorch-apple', 'tensorflow-cpu', 'tensorflow-cuda', 'tensorflow-rocm', 'tensorflow-apple']) {
			await expect(page.locator(`#${id}`), `${os} ${id}`).toHaveCount(1);
		}
		await expect(page.getByText('Expected output:').first()).toBeVisible();
		await expect(page.locator('.problems dt')).toHaveCount(6);
		await expect(page.locator('#upgrade-uninstall')).toBeVisible();
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the table lists every combination with commands or the reason it does not exist', async ({ page }) => {
		await page.goto('/install/');
		await expect(selector(page)).toBeHidden();
		const rows = page.locator('[data-combinations] tr[data-combo]');
		await expect(rows).toHaveCount(32);
		for (const row of await rows.all()) {
			const supported = (await row.getAttribute('data-supported')) === 'true';
			if (supported) await expect(row.locator('[data-install] code').first()).not.toBeEmpty();
			else await expect(row.locator('[data-unsupported]')).toContainText('Not available.');
		}
		await expect(page.locator('site-tabs[data-sync-key="os"] [role=tabpanel]:visible')).toHaveCount(4);
	});
});

test('a reader gets from the home page to the install commands for their system', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Install either framework' }).click();
	await expect(page).toHaveURL(/\/install\/$/);
	await expect(output(page)).toContainText('# Install PyTorch');
	await page.locator('site-tabs[data-sync-key="os"]').getByRole('tab', { name: 'Linux' }).click();
	await page.getByRole('link', { name: 'The full Linux guide' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Install PyTorch and TensorFlow on Linux');
});

test('the selector and the tabs make one site-wide choice: kept as tabs:<key>, followed by every group here and on the next page', async ({ page }) => {
	await page.goto('/install/?os=linux&framework=pytorch&accelerator=cuda&pm=pip');
	const stored = (key: string) => page.evaluate((k) => localStorage.getItem(k), key);
	await radio(page, 'Operating system', 'macOS').check();
	await expect(page.locator('site-tabs[data-sync-key="os"]').getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-os', 'macos');
	expect(await stored('tabs:os')).toBe('macos');
	await radio(page, 'Framework', 'TensorFlow').check();
	await expect(page.locator('framework-switch [data-framework-choice="tensorflow"]')).toHaveAttribute('aria-pressed', 'true');
	expect(await stored('tabs:framework')).toBe('tensorflow');
	await radio(page, 'Package manager', 'uv').check();
	expect(await stored('tabs:pm')).toBe('uv');
	// The selector's own state stays in its address; the choices travel in storage.
	await expect(page).toHaveURL(/\/install\/\?os=macos&framework=tensorflow&accelerator=cuda&pm=uv$/);
	await page.goto('/install/macos/');
	await expect(page.locator('site-tabs[data-sync-key="pm"]').first().getByRole('tab', { name: 'uv' })).toHaveAttribute('aria-selected', 'true');
});

test.describe('before the tabs script runs', () => {
	// The site bundle never arrives: what shows comes from the head script and the CSS generated from the registry of choices.
	test.beforeEach(async ({ page }) => page.route(/\/_astro\/BaseLayout[^/]*\.js$/, (route) => route.abort()));

	test('?os=, ?pm= and ?framework= and the stored tabs:<key> already show the chosen panel and mark its tab', async ({ page }) => {
		await page.goto('/install/macos/?pm=uv');
		const pm = page.locator('site-tabs[data-sync-key="pm"]').first();
		await expect(pm).not.toHaveAttribute('data-ready');
		await expect(pm.locator('[role=tabpanel][data-value="uv"]')).toBeVisible();
		await expect(pm.locator('[role=tabpanel][data-value="pip"]')).toBeHidden();
		await expect(pm.getByRole('tab', { name: 'uv' })).toHaveCSS('font-weight', '600');
		await expect(pm.getByRole('tab', { name: 'pip' })).toHaveCSS('font-weight', '400');

		await page.evaluate(() => localStorage.setItem('tabs:os', 'wsl2'));
		await page.goto('/install/');
		const os = page.locator('site-tabs[data-sync-key="os"]');
		await expect(page.locator('html')).toHaveAttribute('data-os', 'wsl2');
		await expect(os.locator('[role=tabpanel][data-value="wsl2"]')).toBeVisible();
		await expect(os.locator('[role=tabpanel][data-value="linux"]')).toBeHidden();

		await page.goto('/installation/?framework=tensorflow');
		const framework = page.locator('site-tabs[data-sync-key="framework"]').first();
		await expect(framework.locator('[role=tabpanel][data-value="tensorflow"]')).toBeVisible();
		await expect(framework.locator('[role=tabpanel][data-value="pytorch"]')).toBeHidden();
	});
});
