import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { orderProblems, readingMinutes, sortArticles } from './article-order';
import { withoutFrontmatter } from './frontmatter';
import { isoDay, shareIndex, STARTING_POINTS, type ArticleSummary } from './article-index';
import { redirectRules, shareRedirects, type RedirectRule } from './redirects';
import { basePath } from './site-url';
import { assertArticleSlug } from './urls';
import { needsSearchWorker } from '../build/page-size';

/** A collection entry (for `render`) with its place in the article index. */
export type Article = CollectionEntry<'articles'> & { readonly summary: ArticleSummary };

async function load(): Promise<Article[]> {
	const entries = await getCollection('articles', (entry) => import.meta.env.DEV || entry.data.draft !== true);
	for (const entry of entries) assertArticleSlug(entry.id, entry.filePath ?? entry.id);
	const problems = orderProblems(entries);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	const articles = sortArticles(entries).map((entry) => Object.assign(entry, { summary: summarize(entry) }));
	shareIndex(articles.map((article) => article.summary));
	return articles;
}

function summarize(entry: CollectionEntry<'articles'>): ArticleSummary {
	const { title, description, topic, order, updated, tags, draft } = entry.data;
	return { id: entry.id, title, description, topic, order, updated: isoDay(updated), tags, draft: draft === true, minutes: minutesOf(entry) };
}

/** The published articles of STARTING_POINTS, where readers who do not know where to begin are pointed to, in reading order. */
export function startingPoints(articles: readonly Article[]): Article[] {
	return articles.filter((article) => (STARTING_POINTS as readonly string[]).includes(article.id));
}

let published: Promise<Article[]> | undefined;

/**
 * Published articles in reading order (sortArticles: topic, then `order` within
 * it), each with its index entry (`summary`: title, topic, order, updated, tags,
 * reading time…): the one index every page, list, feed, the sitemap and the cache
 * keys read; drafts appear in `astro dev` only.
 * Two articles of a topic with the same `order` fail here, naming both files.
 * A build reads them once: every page's header asks, and at 1,000 articles
 * each read cost tens of milliseconds. The array is shared: do not change it.
 * `astro dev` reads afresh each time, so edits show.
 */
export function getPublishedArticles(): Promise<Article[]> {
	if (import.meta.env.DEV) return load();
	published ??= load();
	return published;
}

const minutesByVersion = new Map<string, number>();

/**
 * Minutes to read an article, for its index entry. The content store keeps no
 * article bodies (`retainBody: false` in src/content.config.ts: at 1,000
 * articles they were 10 of its 11 MB, which every build wrote, bundled and
 * parsed again), so this reads the source file, once per version of it
 * (Astro's digest: `astro dev` builds the index on every request).
 */
function minutesOf(article: CollectionEntry<'articles'>): number {
	if (article.filePath === undefined) throw new Error(`Article "${article.id}" has no source file to count the words of.`);
	// Without a digest there is no telling versions apart: count afresh.
	const key = article.digest === undefined ? undefined : `${article.id}\0${article.digest}`;
	let minutes = key === undefined ? undefined : minutesByVersion.get(key);
	if (minutes === undefined) {
		// filePath is relative to the project root, where builds run.
		minutes = readingMinutes(withoutFrontmatter(readFileSync(resolve(article.filePath), 'utf8')));
		if (minutesByVersion.size >= 10_000) minutesByVersion.clear(); // A long `astro dev` session sees many versions.
		if (key !== undefined) minutesByVersion.set(key, minutes);
	}
	return minutes;
}

let redirects: Promise<RedirectRule[]> | undefined;

/**
 * The renamed articles' redirects (src/lib/redirects.ts), from every entry of the collection, drafts included (their
 * old slugs are taken); an old slug that collides fails the build, naming the files. Shared with the steps after
 * the pages (`_redirects`, Vercel, the sitemap). Read once per build, like the articles.
 */
export function getRedirects(): Promise<RedirectRule[]> {
	const read = async () => {
		const entries = await getCollection('articles');
		const rules = redirectRules(
			entries.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, redirectFrom: entry.data.redirectFrom ?? [], draft: entry.data.draft === true })),
			basePath(),
		);
		shareRedirects(rules);
		return rules;
	};
	if (import.meta.env.DEV) return read();
	redirects ??= read();
	return redirects;
}

let worker: Promise<boolean> | undefined;

/**
 * True when an article is large enough that search should run Pagefind in its
 * web worker (src/build/page-size.ts). Read once per build, like the articles.
 */
export function searchNeedsWorker(): Promise<boolean> {
	const check = async () => needsSearchWorker((await getPublishedArticles()).map((article) => (article.filePath ? statSync(resolve(article.filePath)).size : 0)));
	if (import.meta.env.DEV) return check();
	worker ??= check();
	return worker;
}
