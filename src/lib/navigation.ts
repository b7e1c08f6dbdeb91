import { TOPICS, type TopicId } from './topics';
import { sortArticles, type OrderedArticle } from './article-order';

/** One group of the sidebar: the current topic lists its articles, the others only their name and first article. */
export interface SidebarGroup {
	id: TopicId;
	label: string;
	current: boolean;
	/** Where the group's name links: its first article in reading order. */
	first: string;
	/** Articles, only for the current group (so a page never carries every link of a large site). */
	articles: { id: string; title: string }[];
}

export function sidebarGroups<T extends OrderedArticle>(articles: readonly T[], currentTopic: TopicId | undefined): SidebarGroup[] {
	const sorted = sortArticles(articles);
	return TOPICS.flatMap((topic) => {
		const inTopic = sorted.filter((a) => a.data.topic === topic.id);
		const first = inTopic[0];
		if (!first) return [];
		const current = topic.id === currentTopic;
		return [{ id: topic.id, label: topic.label, current, first: first.id, articles: current ? inTopic.map((a) => ({ id: a.id, title: a.data.title })) : [] }];
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
