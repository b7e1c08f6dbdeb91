import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../site.config';
import { getPublishedArticles } from '../lib/articles';
import { articlePath, withBase } from '../lib/urls';
import { feedDescription } from '../lib/feed';

export async function GET(context: APIContext): Promise<Response> {
	const articles = await getPublishedArticles();
	return rss({
		title: SITE.title,
		description: SITE.description,
		site: new URL(import.meta.env.BASE_URL, context.site).href,
		items: articles.map((article) => ({
			title: article.data.title,
			// Readers render a description as HTML: escaped, the frontmatter text shows as written.
			description: feedDescription(article.data.description),
			pubDate: article.data.updated,
			link: withBase(articlePath(article.id), import.meta.env.BASE_URL),
			categories: article.data.tags,
		})),
	});
}
