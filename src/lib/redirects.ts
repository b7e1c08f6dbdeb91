/**
 * Renamed articles keep their old addresses: an article lists its old slugs in
 * `redirectFrom`, and each becomes a redirect to its new path. The list is
 * read straight from the files (astro.config.mjs needs it before the content
 * collection exists) and goes to Astro's `redirects` option, which writes a
 * small page at each old path (meta refresh, canonical link, a visible link;
 * for hosts without redirects, such as GitHub Pages). The post-build step
 * writes the same list as `_redirects` (Netlify, Cloudflare Pages), and on
 * Vercel src/build/integrations/vercel-output.ts writes it as routes of Vercel's
 * Build Output API (`vercelRedirectRoutes`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { RESERVED_SLUGS, withBase } from './urls.ts';

/** The part of an article redirects need. */
export interface RedirectingArticle {
	/** Slug, e.g. "model-security". */
	id: string;
	/** Its file, to name in errors. */
	file: string;
	/** Old slugs that lead to it. */
	redirectFrom: string[];
}

export interface RedirectRule {
	/** Old path without the base path, e.g. "/loading-models/". */
	from: string;
	/** New path with the base path, e.g. "/field-guide/model-security/". */
	to: string;
}

/** `redirectFrom` as written in a frontmatter block: `[a, b]` on one line, or one `- a` item a line. */
export function parseRedirectFrom(frontmatter: string): string[] {
	const lines = frontmatter.split(/\r?\n/);
	const index = lines.findIndex((line) => /^redirectFrom:/.test(line));
	if (index < 0) return [];
	const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');
	const inline = (lines[index] ?? '').slice('redirectFrom:'.length).trim();
	if (inline !== '') return inline.replace(/^\[|\]$/g, '').split(',').map(unquote).filter(Boolean);
	const items: string[] = [];
	for (const line of lines.slice(index + 1)) {
		const item = /^\s+-\s+(.+)$/.exec(line);
		if (!item) break;
		items.push(unquote(item[1] ?? ''));
	}
	return items;
}

/** The articles in `contentDir` (drafts included: their old paths are taken too), each with its old slugs. */
export function readRedirectingArticles(contentDir: string): RedirectingArticle[] {
	return readdirSync(contentDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx') && !entry.name.startsWith('_'))
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
			return { id: relative(contentDir, path).split(sep).join('/').replace(/\.mdx$/, ''), file: relative(process.cwd(), path), redirectFrom: parseRedirectFrom(frontmatter) };
		});
}

/** One sentence per old slug that cannot redirect: it is an article's own slug, another article's old slug, or a site page's name. */
export function redirectProblems(articles: readonly RedirectingArticle[]): string[] {
	const owners = new Map(articles.map((article) => [article.id, article]));
	const claimed = new Map<string, RedirectingArticle>();
	const problems: string[] = [];
	for (const article of articles) {
		for (const old of article.redirectFrom) {
			const slug = old.replace(/^\/+|\/+$/g, '');
			const owner = owners.get(slug);
			const other = claimed.get(slug);
			if (owner !== undefined) problems.push(`${article.file}: redirectFrom "${slug}" is the slug of ${owner.file}; an old address cannot also be a live article.`);
			else if (other !== undefined) problems.push(`${article.file}: redirectFrom "${slug}" is also in ${other.file}; an old address can lead to one article only.`);
			else if ((RESERVED_SLUGS as readonly string[]).includes(slug.split('/')[0] ?? '')) problems.push(`${article.file}: redirectFrom "${slug}" is a site page's address.`);
			else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(slug)) problems.push(`${article.file}: redirectFrom "${old}" is not a slug (lowercase kebab-case, e.g. "old-name").`);
			else claimed.set(slug, article);
		}
	}
	return problems;
}

/** The redirects, old path to new; throws, naming the files, when an old slug collides. */
export function redirectRules(articles: readonly RedirectingArticle[], base: string): RedirectRule[] {
	const problems = redirectProblems(articles);
	if (problems.length > 0) throw new Error(`Redirects:\n${problems.join('\n')}`);
	return articles.flatMap((article) => article.redirectFrom.map((old) => ({ from: `/${old.replace(/^\/+|\/+$/g, '')}/`, to: withBase(`/${article.id}/`, base) })));
}

/** Astro's `redirects` option: `{ "/old/": "/base/new/" }` (Astro adds the base to the old path itself). */
export function astroRedirects(rules: readonly RedirectRule[]): Record<string, string> {
	return Object.fromEntries(rules.map((rule) => [rule.from, rule.to]));
}

/** A `_redirects` file (Netlify, Cloudflare Pages): permanent redirects, with and without the trailing slash. */
export function redirectsFile(rules: readonly RedirectRule[], base: string): string {
	const lines = rules.flatMap((rule) => {
		const from = withBase(rule.from, base);
		return [`${from.slice(0, -1)} ${rule.to} 301`, `${from} ${rule.to} 301`];
	});
	return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** A route of Vercel's Build Output API (`.vercel/output/config.json`) that redirects permanently. */
export interface VercelRedirectRoute {
	/** A regular expression for the request path. */
	src: string;
	headers: { Location: string };
	/** 308, what Vercel gives a permanent redirect. */
	status: 308;
}

/** The redirects as Vercel routes: one a redirect, matching the old path (with the base path) with and without the trailing slash. */
export function vercelRedirectRoutes(rules: readonly RedirectRule[], base: string): VercelRedirectRoute[] {
	return rules.map((rule) => {
		const from = withBase(rule.from, base).slice(0, -1);
		return { src: `^${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/?$`, headers: { Location: rule.to }, status: 308 as const };
	});
}
