import type { APIContext } from 'astro';
import { SITE } from '../site.config';
import { siteHref } from '../lib/site-url';

/** Everything may be crawled, and the sitemap is named; a preview build (src/build/site-env.ts) disallows everything. */
export function GET(context: APIContext): Response {
	const sitemap = new URL(siteHref('/sitemap-index.xml'), context.site).href;
	const body = SITE.preview ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
