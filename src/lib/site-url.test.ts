import { describe, expect, it } from 'vitest';
import { basePath, siteHref } from './site-url';

// Vitest runs with Vite's default base, "/"; withBase itself is tested with sub-paths in urls.test.ts.
describe('siteHref', () => {
	it('reads the base path Vite configured', () => expect(basePath()).toBe('/'));
	it('puts it in front of a site path', () => {
		expect(siteHref('/debugging/')).toBe('/debugging/');
		expect(siteHref('install/linux/')).toBe('/install/linux/');
		expect(siteHref('/')).toBe('/');
	});
});
