import { TOPICS, type TopicId } from './topics';
import { sortArticles, type OrderedArticle } from './article-order';

/** How many articles of the current topic the sidebar lists at most, around the current one. */
export const SIDEBAR_WINDOW = 11;

/** One group of the sidebar: the current topic lists its articles, the others only their name and first article. */
export interface SidebarGroup {
	id: TopicId;
	label: string;
	current: boolean;
	/** Where the group's name links: its first article in reading order. */
	first: string;
	/**
	 * Articles, only for the current group: all of them, or a window of
	 * SIDEBAR_WINDOW around the current article, so a page's size does not grow
	 * with the site (the home page lists every article by topic).
	 */
	articles: { id: string; title: string }[];
	/** Articles of the current group left out of the window, before and after it. */
	hidden: { before: number; after: number };
}

/** The [start, end) slice of `total` items, at most `size` long, with `index` as near its middle as the ends allow. */
export function windowAround(total: number, index: number, size: number): [number, number] {
	if (total <= size) return [0, total];
	const at = Math.min(Math.max(index, 0), total - 1);
	const start = Math.min(Math.max(at - Math.floor((size - 1) / 2), 0), total - size);
	return [start, start + size];
}

export function sidebarGroups<T extends OrderedArticle>(articles: readonly T[], currentTopic: TopicId | undefined, currentId?: string): SidebarGroup[] {
	const sorted = sortArticles(articles);
	return TOPICS.flatMap((topic) => {
		const inTopic = sorted.filter((a) => a.data.topic === topic.id);
		const first = inTopic[0];
		if (!first) return [];
		const current = topic.id === currentTopic;
		const [start, end] = current ? windowAround(inTopic.length, inTopic.findIndex((a) => a.id === currentId), SIDEBAR_WINDOW) : [0, 0];
		return [
			{
				id: topic.id,
				label: topic.label,
				current,
				first: first.id,
				articles: inTopic.slice(start, end).map((a) => ({ id: a.id, title: a.data.title })),
				hidden: current ? { before: start, after: inTopic.length - end } : { before: 0, after: 0 },
			},
		];
	});
}

/** A heading as the Markdown pipeline reports it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface TocItem {
	slug: string;
	text: string;
	children: { slug: string; text: string }[];
}

/** h2 entries with their h3 children; deeper levels and anything before the first h2 are left out. */
export function tableOfContents(headings: readonly Heading[]): TocItem[] {
	const items: TocItem[] = [];
	for (const heading of headings) {
		if (heading.depth === 2) items.push({ slug: heading.slug, text: heading.text, children: [] });
		else if (heading.depth === 3) items.at(-1)?.children.push({ slug: heading.slug, text: heading.text });
	}
	return items;
}

/** Tag pages: each tag with the articles carrying it, tags sorted by name. */
export function tagIndex<T extends OrderedArticle & { data: { tags: string[] } }>(articles: readonly T[]): { tag: string; articles: T[] }[] {
	const tags = [...new Set(articles.flatMap((a) => a.data.tags))].sort();
	return tags.map((tag) => ({ tag, articles: sortArticles(articles.filter((a) => a.data.tags.includes(tag))) }));
}
