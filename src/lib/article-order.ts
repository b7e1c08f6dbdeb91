import { TOPICS, type TopicId } from './topics.ts';

/** The part of an article the ordering helpers need. */
export interface OrderedArticle {
	id: string;
	/** The source file, to name in errors (Astro's `filePath`). */
	filePath?: string | undefined;
	data: { title: string; topic: TopicId; order: number; draft?: boolean | undefined };
}

const topicIndex = (topic: TopicId) => TOPICS.findIndex((t) => t.id === topic);

/**
 * Reading order, the one index every list of articles reads (home page,
 * sidebar, previous/next, feed, search page): topics in their fixed order
 * (src/lib/topics.ts), then `order`, the position within the topic (any
 * positive number: 2.5 goes between 2 and 3). Two articles of a topic never
 * share an `order` (orderProblems fails the build); the title only keeps the
 * sort stable meanwhile.
 */
export function sortArticles<T extends OrderedArticle>(articles: readonly T[]): T[] {
	return [...articles].sort((a, b) => topicIndex(a.data.topic) - topicIndex(b.data.topic) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** One sentence per pair of articles of a topic that share an `order`, naming both files; empty when the order is unambiguous. */
export function orderProblems(articles: readonly OrderedArticle[]): string[] {
	const seen = new Map<string, OrderedArticle>();
	const problems: string[] = [];
	for (const article of articles) {
		const key = `${article.data.topic}\0${article.data.order}`;
		const other = seen.get(key);
		if (other === undefined) seen.set(key, article);
		else {
			const [a, b] = [other.filePath ?? other.id, article.filePath ?? article.id].sort();
			problems.push(`${a} and ${b} both have topic "${article.data.topic}" and order ${article.data.order}; give one another order (decimals are allowed, e.g. ${article.data.order + 0.5}).`);
		}
	}
	return problems;
}

/** The next free `order` at the end of `topic`: one more than the largest, rounded down to a whole number (1 for an empty topic). */
export function nextOrder(articles: readonly OrderedArticle[], topic: TopicId): number {
	const orders = articles.filter((a) => a.data.topic === topic).map((a) => a.data.order);
	return orders.length === 0 ? 1 : Math.floor(Math.max(...orders)) + 1;
}

/** Articles grouped by topic, topics in their fixed order, empty topics left out. */
export function groupByTopic<T extends OrderedArticle>(articles: readonly T[]): { topic: (typeof TOPICS)[number]; articles: T[] }[] {
	const sorted = sortArticles(articles);
	return TOPICS.map((topic) => ({ topic, articles: sorted.filter((a) => a.data.topic === topic.id) })).filter((group) => group.articles.length > 0);
}

/** The articles before and after `id` in reading order. */
export function neighbours<T extends OrderedArticle>(articles: readonly T[], id: string): { previous: T | undefined; next: T | undefined } {
	const sorted = sortArticles(articles);
	const index = sorted.findIndex((a) => a.id === id);
	return { previous: index > 0 ? sorted[index - 1] : undefined, next: index >= 0 ? sorted[index + 1] : undefined };
}

/** Minutes to read, at 220 words a minute, at least 1. Code counts at half weight. */
export function readingMinutes(body: string): number {
	const code = [...body.matchAll(/```[\s\S]*?```/g)].map((m) => m[0]).join(' ');
	const prose = body.replace(/```[\s\S]*?```/g, ' ').replace(/<[^>]+>/g, ' ');
	const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
	return Math.max(1, Math.round((words(prose) + words(code) / 2) / 220));
}
