import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps every dynamic import() in a preload helper (about 650 bytes
 * gzip) that injects <link rel=modulepreload> for the imported chunk's
 * dependencies. Here the lazily loaded chunks (search, highlight) import
 * nothing but the entry itself, which is already loaded, so the helper does
 * no work; it only spends a fifth of the 3 KiB JavaScript budget on every
 * page. This replaces it, in the browser build only, with a plain call.
 * If a lazy chunk ever imports CSS, remove this plugin.
 */
export function noPreloadHelper(): Plugin {
	return {
		name: 'field-guide:no-preload-helper',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		// Without preloading, Vite also stops emitting the table of each lazy chunk's dependencies.
		configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
		resolveId: (id) => (id === HELPER ? HELPER : undefined),
		load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
	};
}
