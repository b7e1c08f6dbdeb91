import { describe, expect, it } from 'vitest';
import { groupByTopic, neighbours, readingMinutes, sortArticles, withoutFrontmatter } from './article-order';

const article = (id: string, order: number, topic: 'foundations' | 'production' | 'getting-started') => ({ id, data: { title: id, topic, order } });
const articles = [article('deploy', 8, 'production'), article('overview', 1, 'foundations'), article('choosing', 13, 'getting-started'), article('graphs', 3, 'foundations')];

describe('article order', () => {
	it('sorts by order', () => expect(sortArticles(articles).map((a) => a.id)).toEqual(['overview', 'graphs', 'deploy', 'choosing']));
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

describe('withoutFrontmatter', () => {
	it('drops the frontmatter block', () => expect(withoutFrontmatter('---\ntitle: "A --- B"\ntags: [x]\n---\nBody text.\n')).toBe('Body text.\n'));
	it('handles Windows line ends and a byte-order mark', () => expect(withoutFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nBody.')).toBe('Body.'));
	it('leaves a file without frontmatter, and a later rule, alone', () => {
		expect(withoutFrontmatter('Text\n---\nmore')).toBe('Text\n---\nmore');
		expect(withoutFrontmatter('---\ntitle: A\n---\nText\n\n---\n\nMore')).toBe('Text\n\n---\n\nMore');
	});
});
