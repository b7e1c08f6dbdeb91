import { join } from 'node:path';
import type { APIContext } from 'astro';
import { getPublishedArticles } from '../../lib/articles';
import { hash } from '../../build/cache-keys';
import { buildCacheDir, cachedFile, storeDir } from '../../build/file-cache';
import { drawCard, type Card } from '../../build/og-card';
import { topicLabel } from '../../lib/topics';
import { SITE } from '../../site.config';

/** One Open Graph card per article, plus `_site.png` for the other pages, drawn at build time (src/build/og-card.ts). */
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

/** Drawn cards are kept in the build cache by their text, so an unchanged card is not drawn again (even when Astro's incremental-build cache starts afresh). */
const CACHE = storeDir(buildCacheDir(), 'og', __CARD_SETUP__);

export async function GET({ props }: APIContext<{ title: string; topic: string }>): Promise<Response> {
	const card: Card = { title: props.title, topic: props.topic, site: SITE.title };
	const png = await cachedFile(join(CACHE, `${hash(JSON.stringify(card))}.png`), () => drawCard(card));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
