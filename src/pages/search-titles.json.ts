import { getPublishedArticles } from '../lib/articles';
import type { TitleEntry } from '../lib/search-help';
import { articlePath, withBase } from '../lib/urls';

/**
 * Every article's title and address, in reading order: what search offers
 * when a query finds nothing (src/lib/search-help.ts). Fetched only then, so
 * the first query's bytes do not grow.
 */
export async function GET(): Promise<Response> {
	const titles: TitleEntry[] = (await getPublishedArticles()).map((article) => ({
		title: article.data.title,
		url: withBase(articlePath(article.id), import.meta.env.BASE_URL),
	}));
	return new Response(JSON.stringify(titles), { headers: { 'Content-Type': 'application/json' } });
}
