import { describe, expect, it } from 'vitest';
import { astroRedirects, parseRedirectFrom, redirectProblems, redirectRules, redirectsFile, vercelRedirectRoutes } from './redirects';

const article = (id: string, redirectFrom: string[] = []) => ({ id, file: `content/${id}.mdx`, redirectFrom });

describe('redirects', () => {
	it.each([
		['title: A\nredirectFrom: [old-a, "old-b"]\ntopic: x', ['old-a', 'old-b']],
		['title: A\nredirectFrom:\n  - old-a\n  - \'old-b\'\ntopic: x', ['old-a', 'old-b']],
		['title: A\ntopic: x', []],
	])('reads redirectFrom from frontmatter %#', (frontmatter, expected) => expect(parseRedirectFrom(frontmatter)).toEqual(expected));

	const articles = [article('model-security', ['loading-models']), article('overview')];
	it('maps each old slug to the article, under the base path', () => {
		const rules = redirectRules(articles, '/guide/');
		expect(rules).toEqual([{ from: '/loading-models/', to: '/guide/model-security/' }]);
		expect(astroRedirects(rules)).toEqual({ '/loading-models/': '/guide/model-security/' });
		expect(redirectsFile(rules, '/guide/')).toBe('/guide/loading-models /guide/model-security/ 301\n/guide/loading-models/ /guide/model-security/ 301\n');
		expect(vercelRedirectRoutes(rules, '/guide/')).toEqual([{ src: '^/guide/loading-models/?$', headers: { Location: '/guide/model-security/' }, status: 308 }]);
	});
	it('gives Vercel a route that matches the old path with and without the slash, and nothing else', () => {
		const [route] = vercelRedirectRoutes(redirectRules(articles, '/'), '/');
		const matches = (path: string) => new RegExp(route?.src ?? '$^').test(path);
		expect(['/loading-models', '/loading-models/'].map(matches)).toEqual([true, true]);
		expect(['/loading-models-2/', '/x/loading-models/', '/loading-models/x/', '/loading-modelsx'].map(matches)).toEqual([false, false, false, false]);
	});
	it('escapes a base path that has regular-expression characters', () => {
		const [route] = vercelRedirectRoutes(redirectRules(articles, '/v1.2/'), '/v1.2/');
		expect(route?.src).toBe('^/v1\\.2/loading-models/?$');
		expect(new RegExp(route?.src ?? '').test('/v1x2/loading-models/')).toBe(false);
	});
	it('writes an empty _redirects when nothing was renamed', () => expect(redirectsFile(redirectRules([article('overview')], '/'), '/')).toBe(''));

	it.each([
		[[article('a', ['b']), article('b')], 'content/a.mdx: redirectFrom "b" is the slug of content/b.mdx'],
		[[article('a', ['old']), article('b', ['old'])], 'content/b.mdx: redirectFrom "old" is also in content/a.mdx'],
		[[article('a', ['search'])], 'content/a.mdx: redirectFrom "search" is a site page'],
		[[article('a', ['Old Name'])], 'content/a.mdx: redirectFrom "Old Name" is not a slug'],
	])('refuses a colliding old slug, naming both files %#', (list, expected) => {
		expect(redirectProblems(list)[0]).toContain(expected);
		expect(() => redirectRules(list, '/')).toThrow(expected);
	});
});
