import { describe, expect, it } from 'vitest';
import { sidebarGroups, tableOfContents, tagIndex } from './navigation';

const article = (id: string, order: number, topic: 'foundations' | 'production', tags: string[] = []) => ({ id, data: { title: id.toUpperCase(), topic, order, tags } });
const articles = [article('graphs', 3, 'foundations', ['graphs', 'xla']), article('overview', 1, 'foundations', ['basics']), article('deploy', 8, 'production', ['xla'])];

describe('sidebarGroups', () => {
	it('lists the current topic in full and other topics by name only', () => {
		expect(sidebarGroups(articles, 'production')).toEqual([
			{ id: 'foundations', label: 'Foundations', current: false, first: 'overview', articles: [] },
			{ id: 'production', label: 'Production and scale', current: true, first: 'deploy', articles: [{ id: 'deploy', title: 'DEPLOY' }] },
		]);
	});
	it('keeps a page small however many articles there are', () => {
		const many = Array.from({ length: 1000 }, (_, i) => article(`a${i}`, i + 1, i % 2 ? 'foundations' : 'production'));
		const links = sidebarGroups(many, 'foundations').reduce((n, g) => n + 1 + g.articles.length, 0);
		expect(links).toBe(2 + 500);
	});
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
