import AxeBuilder from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { test, expect, sitemapPaths } from './support/site';
import { articlePaths } from './support/content';

/**
 * Every page of the sitemap (and the 404 page), in the light and dark
 * themes, with the site's own Content-Security-Policy header applied by the
 * test server: no axe violations (WCAG 2.2 AA and axe's best practices), valid HTML, no console
 * errors (CSP violations are reported there), no failed or off-site requests.
 */
const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements without a closing slash; either style is valid HTML.
		'void-style': 'off',
		// Assets are same-origin; subresource integrity is for third-party files.
		'require-sri': 'off',
		// <site-tabs> is our custom element; its name is valid.
		'no-unknown-elements': 'off',
		// The search box is an ARIA combobox with a listbox of links: a native <select> cannot filter as you type.
		'prefer-native-element': ['error', { exclude: ['combobox', 'listbox', 'option'] }],
	},
});

const pages = [...sitemapPaths(), '/404.html'];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('the sitemap lists the home page and every published article', () => {
	expect(pages).toContain('/');
	expect(articlePaths().filter((path) => !pages.includes(path))).toEqual([]);
});

for (const path of pages) {
	test(`page ${path} is valid, accessible and self-contained in both themes`, async ({ page, problems, request }) => {
		const response = await request.get(path);
		expect(response.status(), 'HTTP status').toBe(200);
		expect(response.headers()['content-security-policy'], 'CSP header from _headers').toContain("script-src 'self'");
		const report = await validator.validateString(await response.text(), path);
		const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId} line ${m.line}: ${m.message}`));
		expect(messages, 'html-validate').toEqual([]);

		// Light at phone width, dark at desktop width: both themes and both layouts (target sizes differ on phones).
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.setViewportSize(colorScheme === 'light' ? { width: 390, height: 844 } : { width: 1280, height: 800 });
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			await expect(page.locator('main')).not.toBeEmpty();
			const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
			expect(background, `${colorScheme} background`).toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(15, 18, 22)');
			const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
			const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
			expect(violations, `axe, ${colorScheme} theme`).toEqual([]);
		}
		expect(problems.console, 'console errors and CSP violations').toEqual([]);
		expect(problems.failed, 'failed requests').toEqual([]);
		expect(problems.offsite, 'off-site requests').toEqual([]);
	});
}
