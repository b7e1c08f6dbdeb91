import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHighlighter, hastToHtml, isSpecialLang, type Highlighter, type ShikiTransformer } from 'shiki';
import { SHIKI_THEME, shikiTransformers } from './shiki';
import { cachedFile } from './file-cache';
import { hash } from './cache-keys';
import { fingerprint } from './pipeline';

/**
 * Syntax highlighting for Markdown and MDX code fences, with a cache.
 *
 * Shiki is the slowest step of a build (about 7 s of a 1,000-article build
 * here), and its output depends only on the code, the language, the fence's
 * meta string and the highlighting setup. So each result is kept as HTML in
 * the build cache folder, keyed by a hash of all four: a rebuild highlights
 * only the blocks that changed, as Astro's content layer re-renders only the
 * Markdown that changed. The setup's part of the key covers the Shiki packages'
 * versions and the source of this file and shiki.ts, so upgrading Shiki or
 * changing a transformer starts a fresh cache.
 */

/** The cache key of one code block. */
export function highlightKey(setup: string, code: string, lang: string, meta: string | undefined): string {
	return hash(JSON.stringify([setup, lang, meta ?? null, code]));
}

/** Everything besides the block itself that decides the output: the two Shiki packages' versions and the source of this module and shiki.ts. */
function setupFingerprint(): string {
	const root = fileURLToPath(new URL('../..', import.meta.url));
	return fingerprint(root, { files: ['src/lib/highlight.ts', 'src/lib/shiki.ts'], packages: ['shiki', '@shikijs/transformers'] });
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

/** `cacheDir` null keeps results in memory only. */
export function createCodeHighlighter(cacheDir: string | null): CodeHighlighter {
	const setup = setupFingerprint();
	const folder = cacheDir === null ? null : join(cacheDir, 'field-guide-highlight');
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
