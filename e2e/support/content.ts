/**
 * What the tests on the real site expect, read straight from the article
 * files in content/ (not from the site's own article index), so the expected
 * set follows the content: adding, removing or reordering an article changes
 * what is expected, never the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { TOPIC_IDS } from '../../src/lib/topics.ts';

export const CONTENT = join(import.meta.dirname, '..', '..', 'content');

export interface ContentArticle {
	/** The path under the site root, e.g. "debugging". */
	slug: string;
	file: string;
	title: string;
	topic: string;
	order: number;
	draft: boolean;
}

/** One frontmatter field's value as written on its line, quotes removed. */
function field(frontmatter: string, name: string): string | undefined {
	const value = new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(frontmatter)?.[1]?.trim();
	return value?.replace(/^(["'])(.*)\1$/, '$2');
}

/** Every article file in `dir` (MDX files whose name does not start with `_`, as the content loader reads them). */
export function contentArticles(dir = CONTENT): ContentArticle[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx') && !entry.name.startsWith('_'))
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
			return {
				slug: relative(dir, file).split(sep).join('/').replace(/\.mdx$/, ''),
				file,
				title: field(frontmatter, 'title') ?? '',
				topic: field(frontmatter, 'topic') ?? '',
				order: Number(field(frontmatter, 'order')),
				draft: field(frontmatter, 'draft') === 'true',
			};
		});
}

/** The published articles (drafts are left out of builds) in reading order: topics in their fixed order, then `order`. */
export function publishedArticles(dir = CONTENT): ContentArticle[] {
	const topicIndex = (topic: string) => (TOPIC_IDS as readonly string[]).indexOf(topic);
	return contentArticles(dir)
		.filter((article) => !article.draft)
		.sort((a, b) => topicIndex(a.topic) - topicIndex(b.topic) || a.order - b.order);
}

/** Site paths of the published articles, in reading order: ["/overview/", …]. */
export function articlePaths(dir = CONTENT): string[] {
	return publishedArticles(dir).map((article) => `/${article.slug}/`);
}
