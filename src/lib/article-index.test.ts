import { describe, expect, it } from 'vitest';
import { cardFields, isoDay, lastmodByPath, navigationFields, shareIndex, type ArticleSummary } from './article-index';

const article: ArticleSummary = { id: 'guides/setup', title: 'Setup', description: 'How to set up.', topic: 'foundations', order: 1, updated: '2026-11-30', tags: ['setup'], draft: false, minutes: 4 };

describe('article index', () => {
	it('writes schema dates (midnight UTC) as the calendar day the frontmatter gave', () => expect(isoDay(new Date('2026-02-03T00:00:00Z'))).toBe('2026-02-03'));
	it('projects what other pages show of an article: navigation everywhere, cards on lists', () => {
		expect(navigationFields(article)).toEqual({ id: 'guides/setup', title: 'Setup', topic: 'foundations', order: 1 });
		expect(cardFields(article)).toEqual({ id: 'guides/setup', title: 'Setup', description: 'How to set up.', minutes: 4 });
	});
	it('gives the sitemap each article’s date by URL path, nested articles included', () => {
		shareIndex([article, { ...article, id: 'debugging', updated: '2026-10-01' }]);
		expect([...lastmodByPath()]).toEqual([
			['/guides/setup/', '2026-11-30'],
			['/debugging/', '2026-10-01'],
		]);
	});
	it('fails with a clear message when asked before any page built the index', () => {
		delete (globalThis as Record<symbol, unknown>)[Symbol.for('field-guide:article-index')];
		expect(() => lastmodByPath()).toThrow(/article index was not built/);
	});
});
