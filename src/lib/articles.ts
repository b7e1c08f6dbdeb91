import { getCollection, type CollectionEntry } from 'astro:content';
import { sortArticles } from './article-order';
import { assertArticleSlug } from './urls';

export type Article = CollectionEntry<'articles'>;

/** Published articles in reading order; drafts appear in `astro dev` only. */
export async function getPublishedArticles(): Promise<Article[]> {
	const articles = await getCollection('articles', (entry) => import.meta.env.DEV || entry.data.draft !== true);
	for (const article of articles) assertArticleSlug(article.id, article.filePath ?? article.id);
	return sortArticles(articles);
}
