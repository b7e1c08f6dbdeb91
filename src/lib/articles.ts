import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { orderProblems, readingMinutes, sortArticles, withoutFrontmatter } from './article-order';
import { assertArticleSlug } from './urls';
import { needsSearchWorker } from './page-size';

export type Article = CollectionEntry<'articles'>;

async function load(): Promise<Article[]> {
	const articles = await getCollection('articles', (entry) => import.meta.env.DEV || entry.data.draft !== true);
	for (const article of articles) assertArticleSlug(article.id, article.filePath ?? article.id);
	const problems = orderProblems(articles);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	return sortArticles(articles);
}

let published: Promise<Article[]> | undefined;

/**
 * Published articles in reading order (sortArticles: topic, then `order` within
 * it), the one index every list of articles reads; drafts appear in `astro dev` only.
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
 * Minutes to read `article`. The content store keeps no article bodies
 * (`retainBody: false` in src/content.config.ts: at 1,000 articles they were
 * 10 of its 11 MB, which every build wrote, bundled and parsed again), so
 * this reads the source file, once per version of it (Astro's digest).
 */
export function articleMinutes(article: Article): number {
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

let worker: Promise<boolean> | undefined;

/**
 * True when an article is large enough that search should run Pagefind in its
 * web worker (src/lib/page-size.ts). Read once per build, like the articles.
 */
export function searchNeedsWorker(): Promise<boolean> {
	const check = async () => needsSearchWorker((await getPublishedArticles()).map((article) => (article.filePath ? statSync(resolve(article.filePath)).size : 0)));
	if (import.meta.env.DEV) return check();
	worker ??= check();
	return worker;
}
