import type { APIContext } from 'astro';
import { getPublishedArticles, type Article } from '../lib/articles';
import { markdownOf } from '../lib/article-markdown';

/** Each article as plain Markdown beside its page (`/debugging.md`); not a page, so not in the sitemap, link check or search index. */
export async function getStaticPaths() {
	return (await getPublishedArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }));
}

export function GET(context: APIContext<{ article: Article }>): Response {
	return new Response(markdownOf(context.props.article, context.site), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
