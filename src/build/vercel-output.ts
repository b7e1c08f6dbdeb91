/**
 * What a build on Vercel hands to Vercel: the folder of its Build Output API
 * (version 3), `.vercel/output/`, with the site in `static/` and the routing
 * in `config.json`. Vercel reads vercel.json before the build, so a file the
 * build writes can only reach it this way: when a build leaves
 * `.vercel/output/config.json` in the project, Vercel deploys that folder
 * instead of vercel.json's `outputDirectory` (vercel/vercel,
 * packages/static-build/src/index.ts and src/utils/build-output-v3.ts; and
 * Vercel's Build Output API docs). Routes use Vercel's routing format
 * (vercel/vercel, packages/routing-utils): `src` is a regular expression; a
 * redirect is `headers.Location` and a `status`; `continue: true` adds headers
 * and goes on; `{ handle: 'filesystem' }` serves the static files.
 */
import type { HeaderRule } from './headers';
import { vercelRedirectRoutes, type RedirectRule } from '../lib/redirects';

export type VercelRoute =
	| { src: string; headers: Record<string, string>; continue: true }
	| { src: string; headers: { Location: string }; status: number }
	| { src: string; dest: string; status: number }
	| { handle: 'filesystem' };

export interface VercelOutputConfig {
	version: 3;
	routes: VercelRoute[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The routes, in order: every `_headers` rule as headers (so Vercel sends the
 * same headers as Netlify and Cloudflare Pages, hashes in the policy
 * included); the renamed articles' permanent redirects; a trailing slash added
 * to a path that has no file extension (what vercel.json's `trailingSlash:
 * true` does, in Vercel's own pattern); then the static files; then the 404
 * page for anything else. Every path carries the base path already.
 */
export function vercelOutputConfig(options: { headers: readonly HeaderRule[]; redirects: readonly RedirectRule[]; base: string; notFoundPage?: string | undefined }): VercelOutputConfig {
	const headerRoutes = options.headers.map((rule): VercelRoute => ({
		src: `^${rule.pattern.split('*').map(escapeRegExp).join('.*')}$`,
		headers: Object.fromEntries(rule.headers),
		continue: true,
	}));
	return {
		version: 3,
		routes: [
			...headerRoutes,
			...vercelRedirectRoutes(options.redirects, options.base),
			{ src: '^/((?:[^/]+/)*[^/\\.]+)$', headers: { Location: '/$1/' }, status: 308 },
			{ handle: 'filesystem' },
			...(options.notFoundPage ? [{ src: '^/.*$', dest: options.notFoundPage, status: 404 }] : []),
		],
	};
}

/**
 * Where a route sends a request path before the static files are looked up:
 * a redirect (status and Location, `$1` filled in), or undefined to go on to
 * the files. Only for the route kinds above; the tests use it to follow
 * `config.json` the way Vercel would.
 */
export function vercelRedirectFor(config: VercelOutputConfig, path: string): { status: number; location: string } | undefined {
	for (const route of config.routes) {
		if ('handle' in route) return undefined;
		if (!('status' in route) || !('headers' in route)) continue;
		const match = new RegExp(route.src).exec(path);
		if (match) return { status: route.status, location: route.headers.Location.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '') };
	}
	return undefined;
}
