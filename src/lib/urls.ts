/**
 * Joins the configured base path (`/` or `/field-guide/`) with a site path.
 * Every internal URL goes through here so the site works under a sub-path.
 */
export function withBase(path: string, base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	if (path === '' || path === '/') return root;
	return root + path.replace(/^\/+/, '');
}

/** True for links that stay on this site and are written from the site root (`/debugging/`). */
export function isRootRelative(href: string): boolean {
	return href.startsWith('/') && !href.startsWith('//');
}

/**
 * Rewrites a root-relative link written by an author (`/debugging/#x`) to
 * carry the base path. Other links (relative, external, fragments) are returned as they are,
 * as is a link that already starts with the base.
 */
export function rebaseHref(href: string, base: string): string {
	if (!isRootRelative(href)) return href;
	const root = base.endsWith('/') ? base : `${base}/`;
	if (root !== '/' && (href === root.slice(0, -1) || href.startsWith(root))) return href;
	return withBase(href, root);
}

/** Article slug from a content file id such as `computational-graphs` or `guides/setup`. */
export function articlePath(slug: string): string {
	return `/${slug}/`;
}

/** Paths that belong to site pages; an article file may not take one of these names. */
export const RESERVED_SLUGS = ['search', 'install', 'tags', 'choose', 'api-map', 'rss.xml', 'og', '404', 'robots.txt', '_astro', 'pagefind'] as const;

export function assertArticleSlug(slug: string, file: string): void {
	if ((RESERVED_SLUGS as readonly string[]).includes(slug.split('/')[0] ?? '')) {
		throw new Error(`${file}: the file name "${slug}" is reserved for a site page; rename the article.`);
	}
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(slug)) {
		throw new Error(`${file}: article file names must be lowercase kebab-case (got "${slug}").`);
	}
}

/** Normalises BASE_PATH ("field-guide", "/field-guide", "/field-guide/") to "/field-guide/". */
export function normalizeBase(value: string): string {
	const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}
