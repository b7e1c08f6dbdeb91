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
 * What every page shows of OTHER articles: the sidebar and previous/next on article pages, and the titles of the
 * starting points in the search dialog on every page. It goes into the incremental-build key of article and
 * install pages (src/build/cache-keys.ts), so editing one article's `updated`, `description`, `tags` or `sources`
 * re-renders that article (its own digest changed) and the pages listing it, not every page.
 */
export function navigationFields(article: ArticleSummary): Pick<ArticleSummary, 'id' | 'title' | 'topic' | 'order'> {
	return { id: article.id, title: article.title, topic: article.topic, order: article.order };
}

/** What a list of articles shows of each (the cards on tag pages): the key of a tag page holds these of its articles. */
export function cardFields(article: ArticleSummary): Pick<ArticleSummary, 'id' | 'title' | 'description' | 'minutes'> {
	return { id: article.id, title: article.title, description: article.description, minutes: article.minutes };
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
