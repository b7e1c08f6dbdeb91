/**
 * Renamed articles keep their old addresses: an article lists its old slugs in
 * `redirectFrom`, and each becomes a redirect to its new path. The list comes
 * from the content collection (`getRedirects` in articles.ts), with the rest of
 * the article index. src/pages/[...old].astro answers each old path with
 * Astro's redirect page (meta refresh, canonical link, a visible link; for
 * hosts without redirects, such as GitHub Pages); the post-build step writes
 * the same list as `_redirects` (Netlify, Cloudflare Pages), and on Vercel
 * src/build/integrations/vercel-output.ts writes it as routes of Vercel's Build
 * Output API (`vercelRedirectRoutes`). Both read it with `sharedRedirects`.
 */
import { RESERVED_SLUGS, withBase } from './urls.ts';

/** The part of an article redirects need. */
export interface RedirectingArticle {
	/** Slug, e.g. "model-security". */
	id: string;
	/** Its file, to name in errors. */
	file: string;
	/** Old slugs that lead to it. */
	redirectFrom: readonly string[];
	/** A draft's old slugs are taken, but lead nowhere until it is published. */
	draft: boolean;
}

export interface RedirectRule {
	/** Old path without the base path, e.g. "/loading-models/". */
	from: string;
	/** New path with the base path, e.g. "/field-guide/model-security/". */
	to: string;
}

/**
 * One sentence per old slug that cannot redirect: it is an article's own slug, another article's old slug, or a site
 * page's name. (That each is a slug, lowercase kebab-case, the schema checks: src/lib/schema.ts.)
 */
export function redirectProblems(articles: readonly RedirectingArticle[]): string[] {
	const owners = new Map(articles.map((article) => [article.id, article]));
	const claimed = new Map<string, RedirectingArticle>();
	const problems: string[] = [];
	for (const article of articles) {
		for (const slug of article.redirectFrom) {
			const owner = owners.get(slug);
			const other = claimed.get(slug);
			if (owner !== undefined) problems.push(`${article.file}: redirectFrom "${slug}" is the slug of ${owner.file}; an old address cannot also be a live article.`);
			else if (other !== undefined) problems.push(`${article.file}: redirectFrom "${slug}" is also in ${other.file}; an old address can lead to one article only.`);
			else if ((RESERVED_SLUGS as readonly string[]).includes(slug.split('/')[0] ?? '')) problems.push(`${article.file}: redirectFrom "${slug}" is a site page's address.`);
			else claimed.set(slug, article);
		}
	}
	return problems;
}

/**
 * The redirects of the published articles, old path to new; throws, naming the files, when an old slug collides
 * with anything (drafts included: their old slugs are taken too).
 */
export function redirectRules(articles: readonly RedirectingArticle[], base: string): RedirectRule[] {
	const problems = redirectProblems(articles);
	if (problems.length > 0) throw new Error(`Redirects:\n${problems.join('\n')}`);
	return articles
		.filter((article) => !article.draft)
		.flatMap((article) => article.redirectFrom.map((old) => ({ from: `/${old}/`, to: withBase(`/${article.id}/`, base) })));
}

const SHARED = Symbol.for('field-guide:redirects');
type Holder = { [SHARED]?: readonly RedirectRule[] };

/**
 * Keeps the build's redirects where the steps after the pages read them (`_redirects`, Vercel's routes, the sitemap):
 * they run in the same process, outside Vite's module graph, like the sitemap's dates (shareIndex in article-index.ts).
 */
export function shareRedirects(rules: readonly RedirectRule[]): void {
	(globalThis as Holder)[SHARED] = rules;
}

/** The redirects the pages were built with. */
export function sharedRedirects(): readonly RedirectRule[] {
	const rules = (globalThis as Holder)[SHARED];
	if (rules === undefined) throw new Error('The redirects were not read before the build finished (src/pages/[...old].astro reads them with getRedirects).');
	return rules;
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
