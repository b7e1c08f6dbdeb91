import { createHash } from 'node:crypto';
import { sharedFields, type ArticleSummary } from '../lib/article-index';

/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page
 * whose key and code are unchanged since the last build is not rendered
 * again; its previous HTML is kept. So a key must change whenever anything
 * the page shows changes. Astro checks the code (the page's module graph)
 * and the config itself; the key covers the data.
 */

/**
 * What a page shows of the site besides its own subject: what the article index
 * shares of every article (titles, topics, order, dates, tags, descriptions: the
 * sidebar, previous/next, header links, cards; see sharedFields), plus
 * `settings`: values the page reads from the environment (and, for article
 * pages, the Markdown pipeline's fingerprint, src/build/pipeline.ts).
 */
export function siteKey(index: readonly ArticleSummary[], settings: Record<string, string | undefined>): string {
	return hash(JSON.stringify([index.map(sharedFields), settings]));
}

/**
 * One article page: its own content (Astro's digest of its file) and the site around it. The content store keeps no
 * bodies (src/content.config.ts), so without a digest nothing would tell an edited article from the old one: that fails.
 */
export function articleKey(site: string, article: { id: string; digest?: string | number | undefined }): string {
	if (article.digest === undefined) throw new Error(`Article "${article.id}" has no digest, so its page cannot be keyed for incremental builds.`);
	return hash(JSON.stringify([site, article.id, article.digest]));
}

/** One tag page: the site around it, its tag, and the reading times of its articles (which the frontmatter does not hold). */
export function tagKey(site: string, tag: string, minutes: readonly number[]): string {
	return hash(JSON.stringify([site, tag, minutes]));
}

export function hash(value: string): string {
	return createHash('sha256').update(value).digest('base64url');
}
