import { TOPICS, type TopicId } from './topics';

/** The part of an article the ordering helpers need. */
export interface OrderedArticle {
	id: string;
	data: { title: string; topic: TopicId; order: number; draft?: boolean | undefined };
}

const topicIndex = (id: TopicId): number => TOPICS.findIndex((topic) => topic.id === id);

/** Reading order, the order of the home page: by topic (in TOPICS order), then `order` within the topic, then title (a stable tie-break). */
export function sortArticles<T extends OrderedArticle>(articles: readonly T[]): T[] {
	return [...articles].sort(
		(a, b) => topicIndex(a.data.topic) - topicIndex(b.data.topic) || a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
	);
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

/** An MDX or Markdown file's text after its frontmatter (the whole text when it has none). */
export function withoutFrontmatter(source: string): string {
	return source.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
}
