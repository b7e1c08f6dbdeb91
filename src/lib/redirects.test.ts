import { describe, expect, it } from 'vitest';
import { redirectProblems, redirectRules, redirectsFile, sharedRedirects, shareRedirects, vercelRedirectRoutes } from './redirects';

const article = (id: string, redirectFrom: string[] = [], draft = false) => ({ id, file: `content/${id}.mdx`, redirectFrom, draft });

describe('redirects', () => {
	const articles = [article('model-security', ['loading-models']), article('overview')];
	it('maps each old slug to the article, under the base path', () => {
		const rules = redirectRules(articles, '/guide/');
		expect(rules).toEqual([{ from: '/loading-models/', to: '/guide/model-security/' }]);
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
	it('leads nowhere from a draft’s old slugs, which are still taken', () => {
		const withDraft = [...articles, article('next-steps', ['later'], true)];
		expect(redirectRules(withDraft, '/')).toEqual([{ from: '/loading-models/', to: '/model-security/' }]);
		expect(() => redirectRules([...withDraft, article('other', ['later'])], '/')).toThrow('content/other.mdx: redirectFrom "later" is also in content/next-steps.mdx');
	});
	it('hands the build’s redirects to the steps after the pages, and says when none were read', () => {
		expect(() => sharedRedirects()).toThrow(/not read before the build finished/);
		const rules = redirectRules(articles, '/');
		shareRedirects(rules);
		expect(sharedRedirects()).toBe(rules);
	});
	it('writes an empty _redirects when nothing was renamed', () => expect(redirectsFile(redirectRules([article('overview')], '/'), '/')).toBe(''));

	it.each([
		[[article('a', ['b']), article('b')], 'content/a.mdx: redirectFrom "b" is the slug of content/b.mdx'],
		[[article('a', ['old']), article('b', ['old'])], 'content/b.mdx: redirectFrom "old" is also in content/a.mdx'],
		[[article('a', ['search'])], 'content/a.mdx: redirectFrom "search" is a site page'],
	])('refuses a colliding old slug, naming both files %#', (list, expected) => {
		expect(redirectProblems(list)[0]).toContain(expected);
		expect(() => redirectRules(list, '/')).toThrow(expected);
	});
});
