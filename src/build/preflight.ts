import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { slug } from 'github-slugger';

/**
 * Checks of the build's input folders that the content collection does not
 * make, run once before the build (issue #18): two files that would have the
 * same URL (one silently replaced the other), files that are not UTF-8 (Astro
 * failed with `UNLOADABLE_DEPENDENCY … ?astroPropagatedAssets`), symlinks
 * (a link in public/ published its target), and a missing or empty content
 * folder. The checks are pure functions over a listing; `preflight()` is the
 * thin file-system wrapper that astro.config.mjs calls.
 */

/** A file or folder found under an input folder; `path` is relative, with `/` separators. */
export interface InputEntry {
	path: string;
	kind: 'file' | 'directory' | 'symlink' | 'other';
}

/** Whether the content collection loads this file (its pattern is `**\/[^_]*.mdx`; hidden files are skipped). */
export function isArticleFile(path: string): boolean {
	const name = path.split('/').at(-1) ?? '';
	return name.endsWith('.mdx') && !name.startsWith('_') && !path.split('/').some((part) => part.startsWith('.'));
}

/**
 * The URL slug Astro's glob loader gives a file: each path segment through
 * github-slugger (which lower-cases), the extension and a final `/index`
 * dropped. `Overview.mdx`, `overview.mdx` and `overview/index.mdx` all give
 * `overview`.
 */
export function articleSlug(path: string): string {
	return path
		.replace(/\.mdx$/, '')
		.split('/')
		.map((segment) => slug(segment))
		.join('/')
		.replace(/\/index$/, '');
}

/** Problems with the content folder's listing: no articles, symlinks, and files that share a URL. */
export function contentProblems(entries: readonly InputEntry[], folder: string): string[] {
	const problems = symlinkProblems(entries, folder);
	const bySlug = new Map<string, string[]>();
	for (const entry of entries) {
		if (entry.kind !== 'file' || !isArticleFile(entry.path)) continue;
		const key = articleSlug(entry.path);
		bySlug.set(key, [...(bySlug.get(key) ?? []), entry.path]);
	}
	if (bySlug.size === 0 && problems.length === 0) {
		problems.push(`No articles in ${folder}: add an .mdx file there (see README, "Writing an article"), or set CONTENT_DIR to the folder that holds them.`);
	}
	for (const [key, files] of bySlug) {
		if (files.length < 2) continue;
		const named = files.map((file) => `${folder}/${file}`).join(' and ');
		problems.push(`${named} would both be the page /${key}/ (file names differing only in case or by /index are one URL): rename or remove one.`);
	}
	return problems;
}

/** Symlinks anywhere in an input folder: the build would publish or compile whatever they point at. */
export function symlinkProblems(entries: readonly InputEntry[], folder: string): string[] {
	return entries
		.filter((entry) => entry.kind === 'symlink')
		.map((entry) => `${folder}/${entry.path} is a symbolic link: the build does not follow links in ${folder}; copy the file in instead.`);
}

/** Why `bytes` is not UTF-8 text (with the line of the first bad byte), or null when it is. */
export function encodingProblem(bytes: Uint8Array): string | null {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return 'is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8';
	}
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return null;
	} catch {
		const text = new TextDecoder('utf-8').decode(bytes);
		const at = text.indexOf('\ufffd');
		const line = text.slice(0, Math.max(at, 0)).split('\n').length;
		return `is not valid UTF-8 (first invalid byte on line ${line}; Latin-1 or Windows-1252?); save it as UTF-8`;
	}
}

/** Everything under `dir`, without following symlinks. */
export function listInputs(dir: string): InputEntry[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true }).map((entry) => ({
		path: relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'),
		kind: entry.isSymbolicLink() ? 'symlink' : entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : 'other',
	}));
}

/** Thrown with every problem found, one per line, so the build names them all at once. */
export class PreflightError extends Error {
	constructor(problems: readonly string[]) {
		super(`The build's input has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'PreflightError';
	}
}

/**
 * Checks the content folder (and public/, for symlinks) before anything reads
 * them; throws a PreflightError naming each problem. `contentLabel` is how the
 * messages name the folder (the CONTENT_DIR value as given).
 */
export function preflight({ content, publicDir, contentLabel = content }: { content: string; publicDir?: string; contentLabel?: string }): void {
	const label = contentLabel.replace(/\/+$/, '').replace(/^\.\//, '');
	if (!existsSync(content) || !lstatSync(content).isDirectory()) {
		throw new PreflightError([`The content folder ${label} does not exist: create it with the articles, or set CONTENT_DIR to the folder that holds them.`]);
	}
	const entries = listInputs(content);
	const problems = contentProblems(entries, label);
	for (const entry of entries) {
		if (entry.kind !== 'file' || !isArticleFile(entry.path)) continue;
		const problem = encodingProblem(readFileSync(join(content, entry.path)));
		if (problem) problems.push(`${label}/${entry.path} ${problem}.`);
	}
	if (publicDir && existsSync(publicDir)) problems.push(...symlinkProblems(listInputs(publicDir), 'public'));
	if (problems.length > 0) throw new PreflightError(problems);
}
