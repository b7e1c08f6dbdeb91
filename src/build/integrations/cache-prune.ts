import type { AstroIntegration } from 'astro';
import { pruneCache, type CacheStore } from '../file-cache';

/**
 * At the end of a build that passed every check: removes what no build will read again from the
 * build cache's stores (other fingerprints' folders, entries unused for days; see pruneCache), so a
 * cache kept by the host between builds does not grow without bound.
 */
export function cachePrune(cacheDir: string, current: Record<CacheStore, string>): AstroIntegration {
	return {
		name: 'field-guide:cache-prune',
		hooks: {
			'astro:build:done': ({ logger }) => {
				const removed = pruneCache(cacheDir, current);
				if (removed.folders + removed.files === 0) return;
				logger.info(`Build cache: removed ${removed.folders} old store folder(s) and ${removed.files} unused entr${removed.files === 1 ? 'y' : 'ies'} (${(removed.bytes / 1024 / 1024).toFixed(1)} MB).`);
			},
		},
	};
}
