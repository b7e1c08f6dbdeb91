import type { APIContext } from 'astro';
import { withBase } from '../lib/urls';

export function GET(context: APIContext): Response {
	const sitemap = new URL(withBase('/sitemap-index.xml', import.meta.env.BASE_URL), context.site).href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
