import { describe, expect, it } from 'vitest';
import { astroRedirects, parseRedirectFrom, redirectProblems, redirectRules, redirectsFile, vercelRedirects } from './redirects';

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
		expect(vercelRedirects(rules, '/guide/')).toEqual([
			{ source: '/guide/loading-models', destination: '/guide/model-security/', permanent: true },
			{ source: '/guide/loading-models/', destination: '/guide/model-security/', permanent: true },
		]);
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
