import { describe, expect, it } from 'vitest';
import { extractIds, extractReferences, findBrokenLinks, formatBrokenLinks, pageUrlPath, resolveFile } from './link-check';

const files = new Set(['/index.html', '/debugging/index.html', '/_astro/site.css', '/favicon.svg', '/rss.xml']);
const page = (file: string, body: string) => ({ file, html: `<html><body>${body}</body></html>` });

describe('extract', () => {
	it('finds ids and references, decoding entities', () => {
		const html = '<h2 id="pdb">x</h2><a href="/debugging/?a=1&amp;b=2#pdb">y</a><img src="/favicon.svg" alt=""><link rel="stylesheet" href="/_astro/site.css">';
		expect([...extractIds(html)]).toEqual(['pdb']);
		expect(extractReferences(html)).toEqual(['/debugging/?a=1&b=2#pdb', '/favicon.svg', '/_astro/site.css']);
	});
	it('does not read links shown as code', () => {
		expect(extractReferences('<code>&lt;a href="/nowhere/"&gt;</code>')).toEqual([]);
	});
});

describe('resolveFile', () => {
	it.each([
		['/', '/index.html'],
		['/debugging/', '/debugging/index.html'],
		['/rss.xml', '/rss.xml'],
		['/debugging', null],
		['/missing/', null],
	])('%s -> %j', (path, expected) => expect(resolveFile(path, files)).toBe(expected));
});

describe('pageUrlPath', () => {
	it.each([
		['/index.html', '/', '/'],
		['/debugging/index.html', '/', '/debugging/'],
		['/debugging/index.html', '/field-guide/', '/field-guide/debugging/'],
		['/404.html', '/', '/404.html'],
	])('%s under %s -> %s', (file, base, expected) => expect(pageUrlPath(file, base)).toBe(expected));
});

describe('findBrokenLinks', () => {
	const origin = 'https://guide.example';
	it('accepts links to pages, files, and ids that exist', () => {
		const pages = [page('/index.html', '<a href="/debugging/#pdb">a</a><a href="https://pytorch.org/">b</a><a href="#top" id="top">c</a>'), page('/debugging/index.html', '<h2 id="pdb">PDB</h2><a href="../">home</a>')];
		expect(findBrokenLinks(pages, files, origin, '/')).toEqual([]);
	});
	it('names the page and the target of a missing page, a missing fragment, and a missing asset', () => {
		const pages = [page('/index.html', '<a href="/nowhere/">a</a><a href="/debugging/#missing">b</a><img src="/logo.png" alt="">'), page('/debugging/index.html', '')];
		expect(findBrokenLinks(pages, files, origin, '/')).toEqual([
			{ page: '/', target: '/nowhere/', reason: 'no such page or file' },
			{ page: '/', target: '/debugging/#missing', reason: 'no element with id "missing"' },
			{ page: '/', target: '/logo.png', reason: 'no such page or file' },
		]);
	});
	it('treats absolute links to the site itself as internal', () => {
		const pages = [page('/index.html', '<a href="https://guide.example/gone/">a</a>')];
		expect(findBrokenLinks(pages, files, origin, '/')).toEqual([{ page: '/', target: 'https://guide.example/gone/', reason: 'no such page or file' }]);
	});
	it('flags root links that forget the base path', () => {
		const pages = [page('/index.html', '<a href="/debugging/">a</a><a href="/field-guide/debugging/">b</a>'), page('/debugging/index.html', '')];
		expect(findBrokenLinks(pages, files, origin, '/field-guide/')).toEqual([{ page: '/field-guide/', target: '/debugging/', reason: 'outside the base path /field-guide/' }]);
	});
	it('formats a message naming each page and target', () => {
		expect(formatBrokenLinks([{ page: '/a/', target: '/b/', reason: 'no such page or file' }])).toBe('Broken internal links (1):\n  /a/ -> /b/ (no such page or file)');
	});
});
