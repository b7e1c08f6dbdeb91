/**
 * The article index: what every page, list and build step knows of an article besides its own body, computed once
 * per build from the content collection (src/lib/articles.ts builds it; no other code parses frontmatter).
 * This module has no `astro:content` import, so astro.config.mjs can read it too (the sitemap's <lastmod>).
 */
export interface ArticleSummary {
	id: string;
	title: string;
	description: string;
	topic: string;
	order: number;
	/** YYYY-MM-DD, as the frontmatter wrote it (the schema reads it as midnight UTC). */
	updated: string;
	tags: readonly string[];
	draft: boolean;
	/** Minutes to read, from the article's words. */
	minutes: number;
}

/** Where to ask for readers who do not know where to begin (the search dialog's and search page's suggestions). */
export const STARTING_POINTS = ['overview', 'choosing', 'installation', 'code-examples'] as const;

/** Calendar date of a schema date (midnight UTC), YYYY-MM-DD. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * What pages show of OTHER articles (sidebar, previous/next, header, cards, feed): the part of the index that goes
 * into every page's incremental-build key. Not `minutes` (only the article itself and tag pages show it, and the
 * tag pages key on it themselves) and not `sources` or `redirectFrom` (only the article's own page, keyed by its
 * own digest, shows those): editing one article's sources re-renders that article and no other page.
 */
export function sharedFields(article: ArticleSummary): Omit<ArticleSummary, 'minutes'> {
	const { minutes: _minutes, ...shared } = article;
	return shared;
}

const INDEX = Symbol.for('field-guide:article-index');
type IndexHolder = { [INDEX]?: readonly ArticleSummary[] };

/**
 * Keeps the index where build steps outside the pages can read it: the sitemap integration runs after the pages
 * render, in the same process, but outside Vite's module graph, so it cannot import the content collection.
 */
export function shareIndex(index: readonly ArticleSummary[]): void {
	(globalThis as IndexHolder)[INDEX] = index;
}

/** The `updated` date of each published article by its URL path (`/debugging/`), for the sitemap's <lastmod>. */
export function lastmodByPath(): Map<string, string> {
	const index = (globalThis as IndexHolder)[INDEX];
	if (index === undefined) throw new Error('The article index was not built before the sitemap (src/lib/article-index.ts): no page read the articles.');
	return new Map(index.map((article) => [`/${article.id}/`, article.updated]));
}
