import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The build cache folder: Astro's default, node_modules/.astro, or
 * ASTRO_CACHE_DIR (the build tests and the benchmark give each build its own).
 * Relative to the project root, which is where builds run.
 */
export function buildCacheDir(): string {
	return resolve(process.env.ASTRO_CACHE_DIR ?? join('node_modules', '.astro'));
}

/**
 * The stores this project keeps in the build cache, each in its own folder
 * named by the fingerprint of what makes its entries (see storeDir):
 * highlighted code blocks (src/build/code-highlighter.ts), compiled MDX
 * (src/build/mdx-cache.ts) and Open Graph cards (src/pages/og/[slug].png.ts).
 */
export const CACHE_STORES = ['highlight', 'mdx', 'og'] as const;
export type CacheStore = (typeof CACHE_STORES)[number];

/**
 * `<cacheDir>/field-guide/<store>/<fingerprint>/`: the folder of one store under one
 * setup. A new setup (a plugin, Shiki or the canvas package upgraded, another base path) starts an
 * empty folder, and the end of the build removes the old one (pruneCache).
 */
export function storeDir(cacheDir: string, store: CacheStore, fingerprint: string): string {
	return join(cacheDir, 'field-guide', store, fingerprint.replace(/[^\w-]/g, '').slice(0, 16));
}

/** Folders of the layout before stores were namespaced; pruneCache removes them. */
const LEGACY_FOLDERS = ['field-guide-highlight', 'field-guide-mdx', 'og'];

/** Entries no build has read for this long are removed at the end of a build. */
export const UNUSED_DAYS = 14;

export interface PruneReport {
	folders: number;
	files: number;
	bytes: number;
}

/**
 * Removes what no build will read again, at the end of a successful build:
 * every store folder of another fingerprint (and the folders of the old,
 * un-namespaced layout), and in the current ones each entry no build has read
 * for `unusedDays` (a read refreshes an entry's time; see cachedFile).
 * Entries of pages an incremental build did not render age too, so the
 * window is days, not one build: a page re-rendered later finds its entries.
 */
export function pruneCache(cacheDir: string, current: Record<CacheStore, string>, { now = Date.now(), unusedDays = UNUSED_DAYS } = {}): PruneReport {
	const report: PruneReport = { folders: 0, files: 0, bytes: 0 };
	const removeTree = (path: string) => {
		report.bytes += treeBytes(path);
		rmSync(path, { recursive: true, force: true });
		report.folders++;
	};
	for (const legacy of LEGACY_FOLDERS) if (isDirectory(join(cacheDir, legacy))) removeTree(join(cacheDir, legacy));
	for (const store of CACHE_STORES) {
		const keep = storeDir(cacheDir, store, current[store]);
		const parent = dirname(keep);
		for (const name of list(parent)) {
			const folder = join(parent, name);
			if (folder === keep || !isDirectory(folder)) continue;
			removeTree(folder);
		}
		for (const name of list(keep)) {
			const file = join(keep, name);
			const stat = statSync(file, { throwIfNoEntry: false });
			if (!stat?.isFile() || now - stat.mtimeMs < unusedDays * 86_400_000) continue;
			rmSync(file, { force: true });
			report.files++;
			report.bytes += stat.size;
		}
	}
	return report;
}

function list(folder: string): string[] {
	try {
		return readdirSync(folder);
	} catch {
		return [];
	}
}

function isDirectory(path: string): boolean {
	return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function treeBytes(path: string): number {
	const stat = statSync(path, { throwIfNoEntry: false });
	if (!stat) return 0;
	if (!stat.isDirectory()) return stat.size;
	return list(path).reduce((sum, name) => sum + treeBytes(join(path, name)), 0);
}

/** Marks a cache entry as read now, so pruneCache keeps it. */
export function touchCacheFile(file: string): void {
	try {
		const now = new Date();
		utimesSync(file, now, now);
	} catch {
		// Read-only cache or a race with another build: the entry is only pruned sooner.
	}
}

/**
 * The contents of `file`, made by `create` the first time. For results keyed
 * by their inputs (highlighted code, Open Graph cards): the file name is a
 * hash of everything that decides the content, so a file never goes stale.
 * Written then renamed, so a build killed half-way never leaves half a file.
 */
export async function cachedFile(file: string, create: () => string | Uint8Array | Promise<string | Uint8Array>): Promise<Buffer> {
	try {
		const content = readFileSync(file);
		touchCacheFile(file);
		return content;
	} catch {
		// Not made yet (or unreadable): make it.
	}
	const content = await create();
	writeCacheFile(file, content);
	return Buffer.from(content);
}

/** Writes `file` (and its folder) whole or not at all: to a temporary file first, then renamed. */
export function writeCacheFile(file: string, content: string | Uint8Array): void {
	mkdirSync(dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, content);
	renameSync(temporary, file);
}
