import { describe, expect, it } from 'vitest';
import { assertArticleSlug, normalizeBase, rebaseHref, withBase } from './urls';

describe('withBase', () => {
	it.each([
		['/', '/', '/'],
		['/debugging/', '/', '/debugging/'],
		['/', '/field-guide/', '/field-guide/'],
		['/debugging/', '/field-guide/', '/field-guide/debugging/'],
		['rss.xml', '/field-guide', '/field-guide/rss.xml'],
	])('%s under %s is %s', (path, base, expected) => expect(withBase(path, base)).toBe(expected));
});

describe('rebaseHref', () => {
	it.each([
		['/debugging/', '/field-guide/', '/field-guide/debugging/'],
		['/debugging/#pdb', '/field-guide/', '/field-guide/debugging/#pdb'],
		['/field-guide/debugging/', '/field-guide/', '/field-guide/debugging/'],
		['https://pytorch.org/', '/field-guide/', 'https://pytorch.org/'],
		['//cdn.example.com/x.js', '/field-guide/', '//cdn.example.com/x.js'],
		['#section', '/field-guide/', '#section'],
		['../other/', '/field-guide/', '../other/'],
		['/debugging/', '/', '/debugging/'],
	])('%s under %s becomes %s', (href, base, expected) => expect(rebaseHref(href, base)).toBe(expected));
});

describe('normalizeBase', () => {
	it.each([
		['', '/'],
		['/', '/'],
		['field-guide', '/field-guide/'],
		['/field-guide', '/field-guide/'],
		['/field-guide/', '/field-guide/'],
		['/a/b/', '/a/b/'],
	])('%j -> %s', (input, expected) => expect(normalizeBase(input)).toBe(expected));
});

describe('assertArticleSlug', () => {
	it('accepts kebab-case names', () => expect(() => assertArticleSlug('computational-graphs', 'content/computational-graphs.mdx')).not.toThrow());
	it('rejects names reserved for site pages, naming the file', () =>
		expect(() => assertArticleSlug('search', 'content/search.mdx')).toThrow('content/search.mdx: the file name "search" is reserved'));
	it('rejects names that are not kebab-case', () => expect(() => assertArticleSlug('My_Article', 'content/My_Article.mdx')).toThrow('content/My_Article.mdx'));
});
