import { describe, expect, it } from 'vitest';
import { needsSearchWorker, oversizedPages } from './page-size';

describe('oversizedPages', () => {
	it('names the pages over the limit, largest first', () => {
		const pages = [
			{ file: '/small/index.html', html: 'x'.repeat(100) },
			{ file: '/big/index.html', html: 'x'.repeat(3 * 1024) },
			{ file: '/bigger/index.html', html: 'é'.repeat(2 * 1024) },
		];
		expect(oversizedPages(pages, 2 * 1024)).toEqual(['/bigger/index.html (4 KB)', '/big/index.html (3 KB)']);
	});
	it('passes pages within the limit', () => expect(oversizedPages([{ file: '/a/index.html', html: 'short' }])).toEqual([]));
});

describe('needsSearchWorker', () => {
	it('is true as soon as one article is over the limit, not at it', () => {
		expect(needsSearchWorker([10, 2_000_000, 20])).toBe(true);
		expect(needsSearchWorker([10, 100], 100)).toBe(false);
		expect(needsSearchWorker([10, 101], 100)).toBe(true);
	});
	it('keeps the worker out for a site of ordinary articles, and for no articles', () => {
		expect(needsSearchWorker([22 * 1024, 18 * 1024])).toBe(false);
		expect(needsSearchWorker([])).toBe(false);
	});
});
