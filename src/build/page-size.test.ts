import { describe, expect, it } from 'vitest';
import { oversizedPages } from './page-size';

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
