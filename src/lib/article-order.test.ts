import { describe, expect, it } from 'vitest';
import { groupByTopic, neighbours, nextOrder, orderProblems, readingMinutes, sortArticles } from './article-order';

const article = (id: string, order: number, topic: 'foundations' | 'production' | 'getting-started') => ({ id, filePath: `content/${id}.mdx`, data: { title: id, topic, order } });
const articles = [article('deploy', 1, 'production'), article('overview', 1, 'foundations'), article('choosing', 4, 'getting-started'), article('graphs', 3, 'foundations')];

describe('article order', () => {
	it('sorts by topic, in the topics’ fixed order, then by order within the topic', () => expect(sortArticles(articles).map((a) => a.id)).toEqual(['overview', 'graphs', 'deploy', 'choosing']));
	it('orders within a topic only: a large order in an early topic still comes before a later topic', () => {
		expect(sortArticles([article('late', 1, 'getting-started'), article('early', 99, 'foundations')]).map((a) => a.id)).toEqual(['early', 'late']);
	});
	it('puts a decimal order between its neighbours, without renumbering', () => {
		expect(sortArticles([...articles, article('between', 2.5, 'foundations')]).map((a) => a.id)).toEqual(['overview', 'between', 'graphs', 'deploy', 'choosing']);
	});
	it('reports two articles of one topic with the same order, naming both files', () => {
		expect(orderProblems([...articles, article('copy', 3, 'foundations')])).toEqual([
			'content/copy.mdx and content/graphs.mdx both have topic "foundations" and order 3; give one another order (decimals are allowed, e.g. 3.5).',
		]);
	});
	it('accepts the same order in different topics', () => expect(orderProblems(articles)).toEqual([]));
	it('gives the next whole order at the end of a topic', () => {
		expect(nextOrder(articles, 'foundations')).toBe(4);
		expect(nextOrder([...articles, article('between', 4.5, 'foundations')], 'foundations')).toBe(5);
		expect(nextOrder(articles, 'ecosystem')).toBe(1);
	});
	it('groups by topic in the fixed topic order, leaving out empty topics', () => {
		expect(groupByTopic(articles).map((g) => [g.topic.id, g.articles.map((a) => a.id)])).toEqual([
			['foundations', ['overview', 'graphs']],
			['production', ['deploy']],
			['getting-started', ['choosing']],
		]);
	});
	it('orders by topic first, so `order` is a position within the topic', () => {
		const mixed = [article('security', 5, 'production'), article('later-topic', 1, 'getting-started'), article('perf', 4, 'foundations')];
		expect(sortArticles(mixed).map((a) => a.id)).toEqual(['perf', 'security', 'later-topic']);
		expect(neighbours(mixed, 'security')).toEqual({ previous: mixed[2], next: mixed[1] });
	});
	it('finds the previous and next article', () => {
		expect(neighbours(articles, 'graphs')).toEqual({ previous: articles[1], next: articles[0] });
		expect(neighbours(articles, 'overview').previous).toBeUndefined();
		expect(neighbours(articles, 'choosing').next).toBeUndefined();
	});
});

describe('readingMinutes', () => {
	it('is at least one minute', () => expect(readingMinutes('A few words.')).toBe(1));
	it('counts 220 words a minute, and code at half weight', () => {
		const prose = 'word '.repeat(440);
		expect(readingMinutes(prose)).toBe(2);
		expect(readingMinutes(`${prose}\n\`\`\`python\n${'x '.repeat(440)}\n\`\`\``)).toBe(3);
	});
});
