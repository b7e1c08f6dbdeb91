import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../lib/article-index';
import { articleKey, hash, siteKey, tagKey } from './cache-keys';

const summary = (id: string, title: string, order: number): ArticleSummary => ({ id, title, description: `About ${title}.`, topic: 'foundations', order, updated: '2026-11-30', tags: ['x'], draft: false, minutes: 3 });
const articles = [summary('a', 'A', 1), summary('b', 'B', 2)];
const env = { REPOSITORY_URL: undefined };

describe('siteKey', () => {
	const key = siteKey(articles, env);
	it('is stable', () => expect(siteKey(structuredClone(articles), env)).toBe(key));
	it('changes when what other pages show of an article changes (its title, topic or place in their sidebar)', () => {
		expect(siteKey([articles[0]!, summary('b', 'B2', 2)], env)).not.toBe(key);
		expect(siteKey([articles[0]!, { ...articles[1]!, topic: 'development' }], env)).not.toBe(key);
		expect(siteKey([articles[0]!, { ...articles[1]!, order: 5 }], env)).not.toBe(key);
	});
	it('stays when only the article’s own page (or a tag page, keyed on it itself) shows the change', () => {
		expect(siteKey([articles[0]!, { ...articles[1]!, minutes: 9 }], env)).toBe(key);
		expect(siteKey([articles[0]!, { ...articles[1]!, updated: '2026-12-01' }], env)).toBe(key);
		expect(siteKey([articles[0]!, { ...articles[1]!, tags: ['y'] }], env)).toBe(key);
		expect(siteKey([articles[0]!, { ...articles[1]!, description: 'Other words.' }], env)).toBe(key);
	});
	it('changes when an article is added, removed or renamed', () => {
		expect(siteKey(articles.slice(0, 1), env)).not.toBe(key);
		expect(siteKey([...articles, summary('c', 'C', 3)], env)).not.toBe(key);
		expect(siteKey([articles[0]!, { ...articles[1]!, id: 'b2' }], env)).not.toBe(key);
	});
	it('changes with the environment the pages read', () => expect(siteKey(articles, { REPOSITORY_URL: 'https://example.org/repo' })).not.toBe(key));
});

describe('articleKey', () => {
	const site = siteKey(articles, env);
	const key = articleKey(site, { id: 'a', digest: 'd1' });
	it('changes with the article’s own content', () => expect(articleKey(site, { id: 'a', digest: 'd2' })).not.toBe(key));
	it('changes with the site around it', () => expect(articleKey(hash('other'), { id: 'a', digest: 'd1' })).not.toBe(key));
	it('refuses an article without a digest, which no edit would change', () => {
		expect(() => articleKey(site, { id: 'a' })).toThrow(/"a" has no digest/);
	});
});

describe('tagKey', () => {
	const site = siteKey(articles, env);
	const key = tagKey(site, 'keras', articles);
	it('changes when a card on the page changes (reading time, description, title)', () => {
		expect(tagKey(site, 'keras', [articles[0]!, { ...articles[1]!, minutes: 9 }])).not.toBe(key);
		expect(tagKey(site, 'keras', [articles[0]!, { ...articles[1]!, description: 'Other words.' }])).not.toBe(key);
		expect(tagKey(site, 'keras', [articles[0]!, summary('b', 'B2', 2)])).not.toBe(key);
	});
	it('stays when its articles change only what its cards do not show (date, sources)', () => {
		expect(tagKey(site, 'keras', [articles[0]!, { ...articles[1]!, updated: '2027-01-01' }])).toBe(key);
	});
	it('changes with the site around it, the tag and the list', () => {
		expect(tagKey(hash('other'), 'keras', articles)).not.toBe(key);
		expect(tagKey(site, 'pytorch', articles)).not.toBe(key);
		expect(tagKey(site, 'keras', articles.slice(1))).not.toBe(key);
	});
});
