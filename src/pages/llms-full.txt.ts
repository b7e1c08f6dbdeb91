import type { APIContext } from 'astro';
import { SITE } from '../site.config';
import { getPublishedArticles } from '../lib/articles';
import { markdownOf } from '../lib/article-markdown';

/** Every article's Markdown copy in one file, in reading order, after the site's title and summary. */
export async function GET(context: APIContext): Promise<Response> {
	const articles = await getPublishedArticles();
	const text = [`# ${SITE.title}\n\n> ${SITE.description}\n`, ...articles.map((article) => markdownOf(article, context.site))].join('\n---\n\n');
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
