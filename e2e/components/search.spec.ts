import { test, expect } from '../support/site';
import type { Page } from '@playwright/test';
import { contentArticles } from '../support/content';
import { FIXTURE_CONTENT } from '../support/fixture-site';
import { TOPICS } from '../../src/lib/topics';

/** The search dialog and page, on the fixture site (e2e/fixtures/site/). */

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const input = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the guide' });
const options = (page: Page) => dialog(page).getByRole('option');

async function openWithButton(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^Search/ }).click();
	await expect(dialog(page)).toBeVisible();
}

test('a normal page view loads no search code and no index', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.goto('/computational-graphs/');
	await page.waitForLoadState('networkidle');
	expect(requests.filter((url) => /pagefind|search\.[\w-]+\.js/.test(url))).toEqual([]);
	await openWithButton(page);
	await input(page).fill('tf.function');
	await expect(options(page).first()).toBeVisible();
	expect(requests.filter((url) => url.includes('/pagefind/')).length).toBeGreaterThan(0);
	// No article here is large enough for Pagefind's worker (src/build/page-size.ts): the first query does without it.
	expect(requests.filter((url) => url.includes('pagefind-worker'))).toEqual([]);
});

test('the button opens the dialog with focus in the field; Escape closes it and focus returns', async ({ page }) => {
	await page.goto('/overview/');
	const button = page.getByRole('button', { name: /^Search/ });
	await button.click();
	await expect(dialog(page)).toBeVisible();
	await expect(input(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	await expect(button).toBeFocused();
});

for (const [name, keys] of [
	['Ctrl+K', 'Control+k'],
	['Cmd+K', 'Meta+k'],
	['/', '/'],
] as const) {
	test(`${name} opens search from anywhere`, async ({ page }) => {
		await page.goto('/debugging/');
		await page.locator('main').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press(keys);
		await expect(dialog(page)).toBeVisible();
		await expect(input(page)).toBeFocused();
		await expect(input(page)).toHaveValue('');
	});
}

/** Holds back the lazy search code and Pagefind's script by `ms`, as a slow phone or network would. */
async function slowSearchCode(page: Page, ms = 500): Promise<void> {
	await page.route(/\/_astro\/search\.[\w-]+\.js$|\/pagefind\/pagefind\.js$/, async (route) => {
		await new Promise((done) => setTimeout(done, ms));
		await route.continue();
	});
}

const OPENERS: [string, (page: Page) => Promise<void>][] = [
	['Ctrl+K', (page) => page.keyboard.press('Control+k')],
	['/', (page) => page.keyboard.press('/')],
	['a click on the search button', (page) => page.getByRole('button', { name: /^Search/ }).click()],
];

for (const slow of [false, true]) {
	for (const [name, opens] of OPENERS) {
		test(`no keystroke lost: a word typed at once after ${name} lands whole${slow ? ', with the search code slow to load' : ''}`, async ({ page }) => {
			if (slow) await slowSearchCode(page);
			await page.goto('/debugging/');
			await page.locator('main').click({ position: { x: 5, y: 5 } });
			await opens(page);
			await page.keyboard.type('distributed', { delay: 0 });
			await expect(input(page)).toHaveValue('distributed');
			await expect(dialog(page).locator('a.result:not(.result--sub)').first()).toContainText('Distributed training');
			await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results? for “distributed”/);
		});
	}
}

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
	test('no keystroke lost: a word typed at once after a tap on the search button lands whole, with the search code slow to load', async ({ page }) => {
		await slowSearchCode(page);
		await page.goto('/debugging/');
		await page.getByRole('button', { name: /^Search/ }).tap();
		await page.keyboard.type('distributed', { delay: 0 });
		await expect(input(page)).toHaveValue('distributed');
		await expect(dialog(page).locator('a.result:not(.result--sub)').first()).toContainText('Distributed training');
	});
});

test('no keystroke lost on /search/: what is typed while the search code loads is kept and searched', async ({ page }) => {
	await slowSearchCode(page);
	await page.goto('/search/');
	const panel = page.locator('[data-search-page]');
	await panel.getByRole('combobox').click();
	await page.keyboard.type('distributed', { delay: 0 });
	await expect(panel.getByRole('combobox')).toHaveValue('distributed');
	await expect(panel.locator('a.result:not(.result--sub)').first()).toContainText('Distributed training');
	await expect(page).toHaveURL(/\/search\/\?q=distributed$/);
});

test('"/" typed into a text field stays in the field', async ({ page }) => {
	await page.goto('/search/');
	const field = page.locator('[data-search-page]').getByRole('combobox');
	await field.fill('');
	await field.press('/');
	await expect(field).toHaveValue('/');
	await expect(dialog(page)).toBeHidden();
});

test('results appear as you type, with title, topic, highlighted excerpt and a count', async ({ page }) => {
	await page.goto('/');
	await openWithButton(page);
	await input(page).pressSequentially('torchrun', { delay: 20 });
	const first = options(page).first();
	await expect(first).toContainText('Distributed training');
	await expect(first.locator('.result__topic')).toHaveText('Production and scale');
	await expect(first.locator('mark').first()).toHaveText(/torchrun/i);
	await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results? for “torchrun”$/);
	await expect(input(page)).toHaveAttribute('aria-expanded', 'true');
});

test('a fragment file this code cannot read is loaded by Pagefind instead, with the same result', async ({ page, problems }) => {
	// The search UI reads each result's fragment itself (src/lib/search-result.ts); a file it does not recognise
	// (here: the first request for each, answered with something else) goes through Pagefind's data().
	const seen = new Set<string>();
	await page.route('**/pagefind/fragment/*.pf_fragment', (route) => {
		const url = route.request().url();
		if (seen.has(url)) return route.continue();
		seen.add(url);
		return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'not a fragment' });
	});
	await page.goto('/');
	await openWithButton(page);
	await input(page).fill('torchrun');
	const first = options(page).first();
	await expect(first).toContainText('Distributed training');
	await expect(first).toHaveAttribute('href', /\/distributed-training\/\?highlight=torchrun$/);
	await expect(first.locator('mark').first()).toHaveText(/torchrun/i);
	expect(seen.size).toBeGreaterThan(0);
	expect(problems.console).toEqual([]);
});

test('arrow keys move through results and Enter opens the active one', async ({ page }) => {
	await page.goto('/');
	await openWithButton(page);
	await input(page).fill('LiteRT');
	await expect(options(page).first()).toBeVisible();
	await input(page).press('ArrowDown');
	await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
	await expect(input(page)).toHaveAttribute('aria-activedescendant', (await options(page).first().getAttribute('id')) ?? '');
	await expect(input(page)).toBeFocused();
	await input(page).press('ArrowDown');
	await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
	await input(page).press('ArrowUp');
	const href = await options(page).first().getAttribute('href');
	await input(page).press('Enter');
	await expect(page).toHaveURL(href ?? '');
});

test('sub-results link straight to the matching heading', async ({ page }) => {
	await page.goto('/');
	await openWithButton(page);
	await input(page).fill('MirroredStrategy');
	const sub = dialog(page).locator('a.result--sub').first();
	await expect(sub).toBeVisible();
	const href = (await sub.getAttribute('href')) ?? '';
	expect(href).toMatch(/#[\w-]+/);
	await sub.click();
	const id = decodeURIComponent(new URL(href, 'http://x').hash.slice(1));
	await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('sub-results show the sections that match, best first, not the page’s first headings', async ({ page }) => {
	// "model" is in every section of Code examples; "save" only in its late "Saving" section.
	await page.goto('/');
	await openWithButton(page);
	await input(page).fill('save the model');
	const result = dialog(page).locator('li', { has: page.locator('a.result:not(.result--sub)', { hasText: 'Code examples' }) });
	// Its sections are the options listed right after it.
	const sub = result.locator('xpath=following-sibling::li[1]').locator('a.result--sub');
	await expect(sub.locator('.result__title')).toHaveText('Saving');
	await expect(sub).toHaveAttribute('href', /#saving$/);
	await sub.click();
	await expect(page.locator('h2#saving')).toBeInViewport();
});

test('excerpts are article text: no topic label first, no table header, table cells apart', async ({ page }) => {
	// A title word puts the excerpt at the top of the article, where the topic label sits; Pagefind may start it
	// mid-label ("scale. Distributed training: …"), so every tail of every label counts.
	const labelTails = TOPICS.flatMap(({ label }) => label.split(' ').map((_, i, words) => words.slice(i).join(' ')));
	const queries = ['Distributed', 'Debugging', 'tf.constant', 'torch.tensor'];
	await page.goto(`/search/?q=${queries[0]}`);
	const field = page.locator('[data-search-page]').getByRole('combobox');
	const status = page.locator('[data-search-page] [data-search-status]');
	const excerpts = page.locator('[data-search-page] .result__excerpt');
	for (const query of queries) {
		await field.fill(query);
		await expect(status, query).toContainText(`for “${query}”`);
		await expect(excerpts.first(), query).toBeVisible();
		for (const text of await excerpts.allTextContents()) {
			expect(labelTails.filter((tail) => text.trimStart().startsWith(`${tail}.`)), `${query}: ${text}`).toEqual([]);
			expect(text, query).not.toMatch(/Concept\s*PyTorch\s*TensorFlow/);
			// "Create a tensor from Python data", then "torch.tensor" and "tf.constant" in the next cells.
			expect(text, query).not.toMatch(/[a-z](?:torch\.tensor|tf\.constant)/);
		}
	}
});

test('topic and framework filters narrow the results', async ({ page }) => {
	await page.goto('/');
	await openWithButton(page);
	await input(page).fill('PyTorch');
	await expect(options(page).first()).toBeVisible();
	const status = dialog(page).getByRole('status');
	const all = Number((await status.textContent())?.match(/^(\d+)/)?.[1]);
	const chip = dialog(page).getByRole('button', { name: 'Production and scale' });
	await chip.click();
	await expect(chip).toHaveAttribute('aria-pressed', 'true');
	await expect(status).not.toHaveText(new RegExp(`^${all} `));
	const topics = await dialog(page).locator('a.result:not(.result--sub) .result__topic').allTextContents();
	expect(topics.length).toBeGreaterThan(0);
	expect(new Set(topics)).toEqual(new Set(['Production and scale']));
	await chip.click();
	await expect(status).toHaveText(new RegExp(`^${all} `));
	await dialog(page).getByRole('button', { name: 'TensorFlow', exact: true }).click();
	await expect(status).not.toHaveText(new RegExp(`^${all} `));
	const framework = Number((await status.textContent())?.match(/^(\d+)/)?.[1]);
	expect(framework).toBeGreaterThan(0);
	expect(framework).toBeLessThan(all);
});

test('/search/?q= shows results, keeps the address in step, and survives the back button', async ({ page }) => {
	await page.goto('/search/?q=GradientTape');
	const panel = page.locator('[data-search-page]');
	await expect(panel.getByRole('combobox')).toHaveValue('GradientTape');
	await expect(panel.getByRole('option').first()).toContainText('Code examples');
	await panel.getByRole('combobox').fill('torchrun');
	await expect(page).toHaveURL(/\/search\/\?q=torchrun$/);
	await expect(panel.getByRole('option').first()).toContainText('Distributed training');
	await panel.getByRole('option').first().click();
	await expect(page).toHaveURL(/\/distributed-training\//);
	await page.goBack();
	await expect(page).toHaveURL(/\/search\/\?q=torchrun$/);
	await expect(page.locator('[data-search-page]').getByRole('option').first()).toContainText('Distributed training');
});

test('opening a result highlights the terms on the page', async ({ page }) => {
	await page.goto('/');
	await openWithButton(page);
	await input(page).fill('torchrun');
	await options(page).first().click();
	await expect(page).toHaveURL(/highlight=torchrun/);
	await expect(page.locator('article mark.search-hit').first()).toHaveText(/torchrun/i);
});

test('a match inside an inactive tab panel switches that tab on', async ({ page }) => {
	// "AUTOTUNE" only appears in TensorFlow code; PyTorch is the default tab.
	await page.goto('/code-examples/?highlight=autotune');
	const mark = page.locator('mark.search-hit', { hasText: /autotune/i }).first();
	await expect(mark).toBeVisible();
	const group = page.locator('site-tabs', { has: mark });
	await expect(group.getByRole('tab', { name: 'TensorFlow' })).toHaveAttribute('aria-selected', 'true');
	expect(await page.evaluate(() => localStorage.getItem('tabs:framework'))).toBeNull();
});

test('hostile input is shown as text, never run or parsed as HTML', async ({ page, problems }) => {
	let dialogs = 0;
	page.on('dialog', async (d) => {
		dialogs++;
		await d.dismiss();
	});
	await page.goto('/');
	await openWithButton(page);
	const hostile = `<img src=x onerror="alert(1)">"'\u0007</p><script>alert(2)</script>${'x'.repeat(300)}`;
	await input(page).fill(hostile);
	const status = dialog(page).getByRole('status');
	await expect(status).toContainText('<img src=x onerror="alert(1)">');
	expect(await dialog(page).locator('img, script').count()).toBe(0);
	expect(dialogs).toBe(0);
	expect(problems.console).toEqual([]);
});

test('a query with no results says so and suggests where to start', async ({ page }) => {
	await page.goto('/');
	await openWithButton(page);
	await input(page).fill('qwxzvy');
	await expect(dialog(page).getByRole('status')).toHaveText('No results for “qwxzvy”');
	const empty = dialog(page).locator('[data-search-empty]');
	await expect(empty).toBeVisible();
	await expect(empty.getByRole('link')).toHaveCount(4);
	await input(page).fill('');
	await expect(empty).toBeHidden();
});

// Pagefind forgives typos and matches word parts, so on this site a query that finds nothing is, realistically,
// one narrowed by a filter the reader left on (checked with Pagefind itself: each query below finds nothing).
async function searchWithTopic(page: Page, topic: string, query: string): Promise<void> {
	await page.goto('/');
	await openWithButton(page);
	await dialog(page).getByRole('button', { name: topic }).click();
	await input(page).fill(query);
	await expect(dialog(page).getByRole('status')).toHaveText(`No results for “${query}”`);
}

test('a filter pressed while the search code loads is kept and applied', async ({ page }) => {
	// Hold the search code back, as a slow connection would, until the filter is pressed and the query typed.
	let release = (): void => undefined;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_astro/search.*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/');
	await openWithButton(page);
	const chip = dialog(page).getByRole('button', { name: 'Foundations' });
	await chip.click();
	await expect(chip).toHaveAttribute('aria-pressed', 'true');
	await input(page).fill('distributed training');
	release();
	await expect(dialog(page).getByRole('status')).toHaveText('No results for “distributed training”');
	await expect(chip).toHaveAttribute('aria-pressed', 'true');
});

test('a query with no results suggests the closest article titles', async ({ page }) => {
	await searchWithTopic(page, 'Foundations', 'distributed training');
	const closest = dialog(page).locator('[data-search-closest]');
	await expect(closest).toBeVisible();
	const first = closest.getByRole('link').first();
	await expect(first).toHaveText('Distributed training (fixture)');
	await expect(first).toHaveAttribute('href', '/distributed-training/');
	const empty = dialog(page).locator('[data-search-empty]');
	await expect(empty.getByRole('link', { name: 'The install selector' })).toBeHidden();
	await expect(empty.getByRole('link', { name: 'The decision guide' })).toBeHidden();
	await first.click();
	await expect(page).toHaveURL(/\/distributed-training\/$/);
});

for (const [query, guide, href, other] of [
	['install cuda', 'The install selector', '/install/', 'The decision guide'],
	['which framework to choose', 'The decision guide', '/choose/', 'The install selector'],
] as const) {
	test(`a query with no results that reads like ${href === '/install/' ? 'an install task' : 'a choice'} links ${guide.toLowerCase()}`, async ({ page }) => {
		await searchWithTopic(page, 'Production and scale', query);
		const empty = dialog(page).locator('[data-search-empty]');
		await expect(empty.getByRole('link', { name: guide })).toHaveAttribute('href', href);
		await expect(empty.getByRole('link', { name: other })).toBeHidden();
		// A query with results hides the help; a new query without any shows only what fits it.
		await input(page).fill('torchrun');
		await expect(dialog(page).getByRole('option').first()).toBeVisible();
		await expect(empty).toBeHidden();
		await input(page).fill('qwxzvy');
		await expect(empty).toBeVisible();
		await expect(empty.getByRole('link', { name: guide })).toBeHidden();
		await expect(dialog(page).locator('[data-search-closest]')).toBeHidden();
	});
}

const IDENTIFIERS: [string, string][] = [
	['tf.function', '/computational-graphs/'],
	['torch.compile', '/computational-graphs/'],
	['nn.Module', '/code-examples/'],
	['MirroredStrategy', '/distributed-training/'],
	['torchrun', '/distributed-training/'],
	['LiteRT', '/deployment/'],
	['GradientTape', '/code-examples/'],
];

test('identifiers find the article that explains them first, by whole name and by part', async ({ page }) => {
	await page.goto('/search/');
	const field = page.locator('[data-search-page]').getByRole('combobox');
	const first = page.locator('[data-search-page] a.result:not(.result--sub)').first();
	for (const [query, path] of IDENTIFIERS) {
		await field.fill(query);
		await expect(first, query).toHaveAttribute('href', new RegExp(`${path}\\?highlight=`));
	}
	for (const part of ['Strategy', 'compile', 'Tape']) {
		await field.fill(part);
		await expect(first, part).toBeVisible();
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the header links to /search/, which lists every article and section', async ({ page }) => {
		await page.goto('/overview/');
		await page.getByRole('link', { name: 'Search', exact: true }).click();
		await expect(page).toHaveURL(/\/search\/$/);
		await expect(page.getByRole('heading', { name: 'Every article and its sections' })).toBeVisible();
		await expect(page.locator('.site-index > ul > li > a')).toHaveCount(contentArticles(FIXTURE_CONTENT).length);
		await expect(page.locator('.site-index a[href*="#"]').first()).toBeVisible();
	});
});

test('shows five results at first and five more on request, fetching each result only when it is shown', async ({ page }) => {
	const fragments: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
	});
	await page.goto('/overview/');
	await openWithButton(page);
	await input(page).fill('tensorflow');
	// Results come a page of PAGE at a time (not the number of articles: the fixture site has more matches than two pages).
	const PAGE = 5;
	// Results, not their sub-results (links to headings).
	const results = dialog(page).locator('a.result:not(.result--sub)');
	await expect(results).toHaveCount(PAGE);
	await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ results for “tensorflow”, 5 shown$/);
	expect(fragments).toHaveLength(PAGE);
	const more = dialog(page).getByRole('button', { name: 'Show more results' });
	// A second click while the next page loads is ignored: two clicks in a row load one page, not two.
	// (Two clicks from script, so the second always lands while the first is loading; a real double
	// click may land after the list has grown, on whatever moved under the pointer.)
	await more.evaluate((button: HTMLButtonElement) => {
		button.click();
		button.click();
	});
	await expect(results).toHaveCount(2 * PAGE);
	await page.waitForLoadState('networkidle');
	await expect(results).toHaveCount(2 * PAGE);
	// Focus is back in the field, pointing at the first new result; the arrow keys go on from there.
	await expect(input(page)).toBeFocused();
	await expect(results.nth(PAGE)).toHaveAttribute('aria-selected', 'true');
	await expect(input(page)).toHaveAttribute('aria-activedescendant', (await results.nth(PAGE).getAttribute('id')) ?? '');
	await page.keyboard.press('ArrowDown');
	await expect(results.nth(PAGE)).toHaveAttribute('aria-selected', 'false');
	expect(fragments).toHaveLength(2 * PAGE);
	const total = Number((await dialog(page).getByRole('status').textContent())?.match(/^(\d+)/)?.[1]);
	expect(total).toBeGreaterThan(2 * PAGE);
	for (let shown = 10; shown < total; shown = Math.min(shown + 5, total)) {
		await more.click();
		await expect(results).toHaveCount(Math.min(shown + 5, total));
	}
	await expect(more).toBeHidden();
	await expect(dialog(page).getByRole('status')).toHaveText(`${total} results for “tensorflow”`);
	// A new query starts again from five.
	await input(page).fill('pytorch');
	await expect(results).toHaveCount(5);
});
