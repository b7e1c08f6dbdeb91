import { isAbsolute, relative } from 'node:path';

/** True when `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
	const path = relative(outer, inner);
	return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * Whether the previous build's output folder may be moved into the build
 * cache folder instead of being emptied in place (see
 * src/integrations/background-clean.ts): never when it holds the project or
 * the cache folder (moving it would move them too), nor when it is inside
 * the cache folder. Absolute paths.
 */
export function canMoveAside(outDir: string, root: string, cacheDir: string): boolean {
	return !within(root, outDir) && !within(cacheDir, outDir) && !within(outDir, cacheDir);
}
