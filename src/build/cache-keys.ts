import { createHash } from 'node:crypto';
import { cardFields, navigationFields, type ArticleSummary } from '../lib/article-index';

/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page
 * whose key and code are unchanged since the last build is not rendered
 * again; its previous HTML is kept. So a key must change whenever anything
 * the page shows changes. Astro checks the code (the page's module graph)
 * and the config itself; the key covers the data.
 */

/**
 * What a page shows of the site besides its own subject: every article's
 * navigation fields (id, title, topic, order: the sidebar, previous/next, the
 * search dialog's suggestions; see navigationFields), plus `settings`: values
 * the page reads from the environment (and, for article pages, the Markdown
 * pipeline's fingerprint, src/build/pipeline.ts).
 */
export function siteKey(index: readonly ArticleSummary[], settings: Record<string, string | undefined>): string {
	return hash(JSON.stringify([index.map(navigationFields), settings]));
}

/**
 * One article page: its own content (Astro's digest of its file) and the site around it. The content store keeps no
 * bodies (src/content.config.ts), so without a digest nothing would tell an edited article from the old one: that fails.
 */
export function articleKey(site: string, article: { id: string; digest?: string | number | undefined }): string {
	if (article.digest === undefined) throw new Error(`Article "${article.id}" has no digest, so its page cannot be keyed for incremental builds.`);
	return hash(JSON.stringify([site, article.id, article.digest]));
}

/** One tag page: the site around it, its tag, and what its cards show of its articles (title, description, reading time). */
export function tagKey(site: string, tag: string, articles: readonly ArticleSummary[]): string {
	return hash(JSON.stringify([site, tag, articles.map(cardFields)]));
}

export function hash(value: string): string {
	return createHash('sha256').update(value).digest('base64url');
}
