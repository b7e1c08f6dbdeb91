import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { APIContext } from 'astro';
import { getPublishedArticles } from '../../lib/articles';
import { hash } from '../../build/cache-keys';
import { buildCacheDir, cachedFile, storeDir } from '../../build/file-cache';
import { ogSvg, OG_WIDTH } from '../../build/og-card';
import { rasterize } from '../../build/rasterize';
import { topicLabel } from '../../lib/topics';
import { SITE } from '../../site.config';

/**
 * One Open Graph card per article, plus `_site.png` for the other pages,
 * rendered to PNG at build time. The font ships in an npm package
 * (@expo-google-fonts/inter); the site itself uses system fonts only.
 */
const require = createRequire(import.meta.url);
const FONTS = ['@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf', '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'].map((f) => require.resolve(f));

export async function getStaticPaths() {
	const articles = await getPublishedArticles();
	const cards = [
		// "_site" can never be an article: files starting with "_" are not articles.
		{ slug: '_site', title: 'TensorFlow or PyTorch? A field guide for 2026', topic: 'Choose, learn and install' },
		...articles.map((article) => ({ slug: article.id, title: article.data.title, topic: topicLabel(article.data.topic) })),
	];
	// A card shows its title and topic only: incremental builds keep it while those stay the same.
	return cards.map(({ slug, title, topic }) => ({ params: { slug }, props: { title, topic }, cacheKey: hash(JSON.stringify([title, topic])) }));
}

/** Rendered cards are kept in the build cache by content, so an unchanged card is not drawn again (even when Astro's incremental-build cache starts afresh). */
const CACHE = storeDir(buildCacheDir(), 'og', __CARD_SETUP__);

export async function GET({ props }: APIContext<{ title: string; topic: string }>): Promise<Response> {
	const svg = ogSvg({ title: props.title, topic: props.topic, site: SITE.title });
	const png = await cachedFile(join(CACHE, `${hash(svg)}.png`), () =>
		rasterize(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Inter' }, fitTo: { mode: 'width', value: OG_WIDTH } }),
	);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
