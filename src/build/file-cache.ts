import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
 * The contents of `file`, made by `create` the first time. For results keyed
 * by their inputs (highlighted code, Open Graph cards): the file name is a
 * hash of everything that decides the content, so a file never goes stale.
 * Written then renamed, so a build killed half-way never leaves half a file.
 */
export async function cachedFile(file: string, create: () => string | Uint8Array | Promise<string | Uint8Array>): Promise<Buffer> {
	try {
		return readFileSync(file);
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
