import { describe, expect, it } from 'vitest';
import { SIDEBAR_WINDOW, sidebarGroups, tableOfContents, tagIndex, windowAround } from './navigation';

const article = (id: string, order: number, topic: 'foundations' | 'production', tags: string[] = []) => ({ id, data: { title: id.toUpperCase(), topic, order, tags } });
const articles = [article('graphs', 3, 'foundations', ['graphs', 'xla']), article('overview', 1, 'foundations', ['basics']), article('deploy', 8, 'production', ['xla'])];

describe('sidebarGroups', () => {
	it('lists the current topic in full and other topics by name only', () => {
		expect(sidebarGroups(articles, 'production')).toEqual([
			{ id: 'foundations', label: 'Foundations', current: false, first: 'overview', articles: [], hidden: { before: 0, after: 0 } },
			{ id: 'production', label: 'Production and scale', current: true, first: 'deploy', articles: [{ id: 'deploy', title: 'DEPLOY' }], hidden: { before: 0, after: 0 } },
		]);
	});
	it('keeps a page the same size however many articles there are: a window around the current one', () => {
		const many = Array.from({ length: 1000 }, (_, i) => article(`a${i}`, i + 1, i % 2 ? 'foundations' : 'production'));
		const groups = sidebarGroups(many, 'foundations', 'a501');
		expect(groups.reduce((n, g) => n + 1 + g.articles.length, 0)).toBe(2 + SIDEBAR_WINDOW);
		const current = groups.find((g) => g.current);
		expect(current?.articles.map((a) => a.id)).toEqual(['a491', 'a493', 'a495', 'a497', 'a499', 'a501', 'a503', 'a505', 'a507', 'a509', 'a511']);
		expect(current?.hidden).toEqual({ before: 245, after: 244 });
	});
});

describe('windowAround', () => {
	it.each([
		[5, 2, 11, [0, 5]],
		[100, 0, 11, [0, 11]],
		[100, 3, 11, [0, 11]],
		[100, 50, 11, [45, 56]],
		[100, 99, 11, [89, 100]],
		[100, -1, 11, [0, 11]],
		[12, 11, 11, [1, 12]],
	])('%i items, current %i, size %i -> %j', (total, index, size, expected) => expect(windowAround(total, index, size)).toEqual(expected));
});

describe('tableOfContents', () => {
	it('nests h3 under h2 and drops other levels', () => {
		const toc = tableOfContents([
			{ depth: 3, slug: 'orphan', text: 'Orphan' },
			{ depth: 2, slug: 'a', text: 'A' },
			{ depth: 3, slug: 'a1', text: 'A1' },
			{ depth: 4, slug: 'deep', text: 'Deep' },
			{ depth: 2, slug: 'b', text: 'B' },
		]);
		expect(toc).toEqual([
			{ slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
			{ slug: 'b', text: 'B', children: [] },
		]);
	});
});

describe('tagIndex', () => {
	it('lists each tag with its articles in reading order', () => {
		expect(tagIndex(articles).map((t) => [t.tag, t.articles.map((a) => a.id)])).toEqual([
			['basics', ['overview']],
			['graphs', ['graphs']],
			['xla', ['graphs', 'deploy']],
		]);
	});
});
