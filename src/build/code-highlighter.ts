import { join } from 'node:path';
import { createHighlighter, hastToHtml, isSpecialLang, type Highlighter, type ShikiTransformer } from 'shiki';
import { SHIKI_THEME, shikiTransformers } from './shiki';
import { buildCacheDir, cachedFile, storeDir } from './file-cache';
import { hash } from './cache-keys';
import { fingerprint } from './pipeline';

/**
 * Syntax highlighting for article code fences, with a cache.
 *
 * Shiki is the slowest step of a build (about 7 s of a 1,000-article build
 * here), and its output depends only on the code, the language, the fence's
 * meta string and the highlighting setup. So each result is kept as HTML in
 * the build cache folder, keyed by a hash of all four: a build highlights
 * only the blocks it has not seen. The setup's part of the key covers the
 * Shiki packages' versions and the source of this file and shiki.ts, so
 * upgrading Shiki or changing a transformer starts a fresh cache.
 *
 * Fences are highlighted when their page renders (HighlightedCode.astro), not
 * when the MDX compiles: see `codeFences` in mdx-plugins.ts.
 */

/** The cache key of one code block. */
export function highlightKey(setup: string, code: string, lang: string, meta: string | undefined): string {
	return hash(JSON.stringify([setup, lang, meta ?? null, code]));
}

/**
 * Everything besides the block itself that decides the output: the two Shiki packages' versions and the source of this
 * module and shiki.ts (paths from the project's `root`). astro.config.mjs computes it and hands it to the pages.
 */
export function highlightSetup(root: string): string {
	return fingerprint(root, { files: ['src/build/code-highlighter.ts', 'src/build/shiki.ts'], packages: ['shiki', '@shikijs/transformers'] });
}

/** What Astro's own Shiki wrapper adds, so fences and <CodeBlock> (which uses Astro's) give the same markup. */
const astroCompatible = (lang: string): ShikiTransformer => ({
	name: 'field-guide:astro-compatible',
	pre(node) {
		const className = node.properties.class;
		node.properties.class = (typeof className === 'string' ? className : '').replace(/shiki/g, 'astro-code');
		node.properties.dataLanguage = lang;
	},
});

export interface CodeHighlighter {
	/** The highlighted block's HTML (a <figure> or <div> around the <pre>), from the cache when it is there. */
	highlight(code: string, lang: string, meta: string | undefined): Promise<string>;
}

/** `setup`: see highlightSetup. `cacheDir` null keeps nothing between calls. */
export function createCodeHighlighter(cacheDir: string | null, setup: string): CodeHighlighter {
	const folder = cacheDir === null ? null : storeDir(cacheDir, 'highlight', setup);
	let shiki: Promise<Highlighter> | undefined;

	async function render(code: string, requested: string, meta: string | undefined): Promise<string> {
		shiki ??= createHighlighter({ themes: [SHIKI_THEME], langs: ['plaintext'] });
		const highlighter = await shiki;
		let lang = requested;
		if (!isSpecialLang(lang) && !highlighter.getLoadedLanguages().includes(lang)) {
			try {
				await highlighter.loadLanguage(lang as Parameters<Highlighter['loadLanguage']>[0]);
			} catch {
				console.warn(`[highlight] Unknown language "${lang}"; showing it as plain text.`);
				lang = 'plaintext';
			}
		}
		const root = highlighter.codeToHast(code, {
			lang,
			theme: SHIKI_THEME,
			// No time limit per line: Shiki's default (500 ms) leaves the rest of a line unhighlighted when the
			// machine is busy, so the same code came out differently (and was cached so) on a loaded build machine.
			tokenizeTimeLimit: 0,
			...(meta === undefined ? {} : { meta: { __raw: meta } }),
			transformers: [astroCompatible(lang), ...shikiTransformers()],
		});
		return hastToHtml(root);
	}

	return {
		async highlight(code, lang, meta) {
			if (folder === null) return render(code, lang, meta);
			return (await cachedFile(join(folder, `${highlightKey(setup, code, lang, meta)}.html`), () => render(code, lang, meta))).toString('utf8');
		},
	};
}

let shared: CodeHighlighter | undefined;

/** One highlighter for every page a build renders (so Shiki loads once), caching in the build cache folder. */
export function pageHighlighter(setup: string): CodeHighlighter {
	shared ??= createCodeHighlighter(buildCacheDir(), setup);
	return shared;
}
