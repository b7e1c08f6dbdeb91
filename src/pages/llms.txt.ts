import type { APIContext } from 'astro';
import { SITE } from '../site.config';
import { getPublishedArticles } from '../lib/articles';
import { llmsTxt } from '../lib/markdown-copy';
import { TOPICS } from '../lib/topics';
import { articlePath } from '../lib/urls';
import { basePath } from '../lib/site-url';

/** llms.txt (llmstxt.org): the site's title and summary and a link to every article's Markdown copy, by topic. */
export async function GET(context: APIContext): Promise<Response> {
	const articles = await getPublishedArticles();
	const sections = TOPICS.map((topic) => ({
		label: topic.label,
		articles: articles.filter((a) => a.data.topic === topic.id).map((a) => ({ ...a.data, path: articlePath(a.id) })),
	}));
	const text = llmsTxt(SITE.title, SITE.description, sections, { origin: context.site?.origin ?? 'http://localhost:4321', base: basePath() });
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
