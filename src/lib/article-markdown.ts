import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from './articles';
import { articleMarkdown } from './markdown-copy';
import { articlePath } from './urls';
import { basePath } from './site-url';

/** One article's Markdown copy (src/lib/markdown-copy.ts), from its MDX source: the content store keeps no bodies. */
export function markdownOf(article: Article, site: URL | undefined): string {
	if (article.filePath === undefined) throw new Error(`Article "${article.id}" has no source file to copy as Markdown.`);
	const source = readFileSync(resolve(article.filePath), 'utf8');
	const info = { ...article.data, path: articlePath(article.id) };
	return articleMarkdown(info, source, { origin: site?.origin ?? 'http://localhost:4321', base: basePath() }, article.filePath);
}
