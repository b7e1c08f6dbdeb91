import { isAbsolute, relative } from 'node:path';

/** True when `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
	const path = relative(outer, inner);
	return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * Whether the output folder may be built in a staging folder and swapped in
 * by renaming (see src/build/integrations/staged-build.ts): never when it holds the
 * project or the cache folder (renaming it would move them too), nor when it
 * is inside the cache folder. Absolute paths.
 */
export function canStage(outDir: string, root: string, cacheDir: string): boolean {
	return !within(root, outDir) && !within(cacheDir, outDir) && !within(outDir, cacheDir);
}
