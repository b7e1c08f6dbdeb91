import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../site.config';
import { getPublishedArticles } from '../lib/articles';
import { articlePath } from '../lib/urls';
import { feedDescription } from '../lib/feed';
import { basePath, siteHref } from '../lib/site-url';

export async function GET(context: APIContext): Promise<Response> {
	const articles = await getPublishedArticles();
	return rss({
		title: SITE.title,
		description: SITE.description,
		site: new URL(basePath(), context.site).href,
		items: articles.map((article) => ({
			title: article.data.title,
			// Readers render a description as HTML: escaped, the frontmatter text shows as written.
			description: feedDescription(article.data.description),
			pubDate: article.data.updated,
			link: siteHref(articlePath(article.id)),
			categories: article.data.tags,
		})),
	});
}
