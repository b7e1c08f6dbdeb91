import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `updated` dates of the articles by URL path, read straight from the
 * frontmatter, for the sitemap's <lastmod> (the sitemap integration runs
 * outside the content collection).
 */
export function articleDates(contentDir: string): Map<string, string> {
	const dates = new Map<string, string>();
	for (const name of readdirSync(contentDir)) {
		if (!name.endsWith('.mdx') || name.startsWith('_')) continue;
		const updated = /^updated:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(join(contentDir, name), 'utf8'))?.[1];
		if (updated) dates.set(`/${name.replace(/\.mdx$/, '')}/`, updated);
	}
	return dates;
}
