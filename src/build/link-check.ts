/**
 * Internal link checking over built HTML, in the spirit of Docusaurus's
 * `onBrokenLinks: 'throw'`: every link and asset reference that stays on the
 * site must reach a built file, and every `#fragment` an element id on it.
 */

/** One built page: its file relative to the output folder (`/debugging/index.html`) and its HTML. */
export interface BuiltPage {
	file: string;
	html: string;
}

/** The URL path a built file is served at, base included (`/field-guide/debugging/`). */
export function pageUrlPath(file: string, base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	return root + file.replace(/^\//, '').replace(/(^|\/)index\.html$/, '$1');
}

export interface BrokenLink {
	page: string;
	target: string;
	reason: string;
}

const TAG = /<(a|link|script|img|source|iframe|form)\b[^>]*>/gi;
const ATTRIBUTE = /\s(href|src|action)="([^"]*)"/gi;
const ID = /\sid="([^"]*)"/g;

/** Decodes the few entities Astro writes into attribute values. */
function decodeEntities(value: string): string {
	return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');
}

export function extractIds(html: string): Set<string> {
	return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1] ?? '')));
}

export function extractReferences(html: string): string[] {
	const out: string[] = [];
	for (const tag of html.matchAll(TAG)) {
		const text = tag[0];
		// rel=canonical/alternate and og: tags carry absolute URLs on purpose; they are checked as internal when they are internal.
		for (const attribute of text.matchAll(ATTRIBUTE)) out.push(decodeEntities(attribute[2] ?? ''));
	}
	return out;
}

/**
 * Maps a URL path to the file a dumb static server would send, or null.
 * `files` holds every built file path relative to the output folder, with a leading slash.
 */
export function resolveFile(pathname: string, files: ReadonlySet<string>): string | null {
	const decoded = safeDecode(pathname);
	if (decoded.endsWith('/')) return files.has(`${decoded}index.html`) ? `${decoded}index.html` : null;
	return files.has(decoded) ? decoded : null;
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

/**
 * Checks every page. `origin` is the site URL (links to it are internal too),
 * `base` the base path. `files` lists every built file (not only pages).
 */
export function findBrokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, origin: string, base: string): BrokenLink[] {
	const root = base.endsWith('/') ? base : `${base}/`;
	const site = new URL(origin);
	const idsByFile = new Map<string, Set<string>>();
	for (const page of pages) idsByFile.set(page.file, extractIds(page.html));
	const broken: BrokenLink[] = [];
	for (const page of pages) {
		const path = pageUrlPath(page.file, root);
		const pageUrl = new URL(path, site);
		for (const reference of extractReferences(page.html)) {
			if (reference === '' || reference === '#' || /^(mailto|tel|data|javascript):/i.test(reference)) continue;
			const target = new URL(reference, pageUrl);
			if (target.origin !== site.origin) continue;
			if (!target.pathname.startsWith(root)) {
				broken.push({ page: path, target: reference, reason: `outside the base path ${root}` });
				continue;
			}
			const relativePath = `/${target.pathname.slice(root.length)}`;
			const file = resolveFile(relativePath, files);
			if (file === null) {
				broken.push({ page: path, target: reference, reason: 'no such page or file' });
				continue;
			}
			const fragment = safeDecode(target.hash.slice(1));
			if (fragment !== '' && !(idsByFile.get(file)?.has(fragment) ?? false)) {
				broken.push({ page: path, target: reference, reason: `no element with id "${fragment}"` });
			}
		}
	}
	return broken;
}

export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
	const lines = broken.map((b) => `  ${b.page} -> ${b.target} (${b.reason})`);
	return `Broken internal links (${broken.length}):\n${lines.join('\n')}`;
}
