import { describe, expect, it } from 'vitest';
import { headersFile, headerPolicy, parseHeadersFile } from './headers';
import { vercelOutputConfig, vercelRedirectFor } from './vercel-output';

const redirects = [{ from: '/graphs-and-compilers/', to: '/guide/computational-graphs/' }];
const headers = parseHeadersFile(headersFile(headerPolicy(["'sha256-abc='"], []), '/guide/'));
const config = vercelOutputConfig({ headers, redirects, base: '/guide/', notFoundPage: '/guide/404.html' });

describe('Vercel Build Output API config', () => {
	it('is version 3', () => expect(config.version).toBe(3));

	it('sends every _headers rule as headers that let routing go on, under the base path', () => {
		const headerRoutes = config.routes.filter((route) => 'continue' in route);
		expect(headerRoutes.map((route) => ('src' in route ? route.src : ''))).toEqual(['^/guide/.*$', '^/guide/_astro/.*$']);
		const first = headerRoutes[0];
		expect(first && 'headers' in first ? first.headers['Content-Security-Policy'] : '').toContain("'sha256-abc='");
		expect(first && 'headers' in first ? first.headers['X-Frame-Options'] : '').toBe('DENY');
	});

	it.each([
		['/guide/graphs-and-compilers', 308, '/guide/computational-graphs/'],
		['/guide/graphs-and-compilers/', 308, '/guide/computational-graphs/'],
		['/guide/overview', 308, '/guide/overview/'],
		['/guide/install/linux', 308, '/guide/install/linux/'],
	])('redirects %s with %i to %s', (path, status, location) => expect(vercelRedirectFor(config, path)).toEqual({ status, location }));

	it.each(['/guide/overview/', '/guide/computational-graphs/', '/guide/_astro/app.js', '/guide/rss.xml', '/guide/'])('leaves %s to the static files', (path) =>
		expect(vercelRedirectFor(config, path)).toBeUndefined(),
	);

	it('serves the static files, then the 404 page (under the base path) for anything else', () => {
		expect(config.routes.slice(-2)).toEqual([{ handle: 'filesystem' }, { src: '^/.*$', dest: '/guide/404.html', status: 404 }]);
	});

	it('has no redirect but the trailing slash when nothing was renamed', () => {
		const plain = vercelOutputConfig({ headers: [], redirects: [], base: '/' });
		expect(plain.routes).toEqual([{ src: '^/((?:[^/]+/)*[^/\\.]+)$', headers: { Location: '/$1/' }, status: 308 }, { handle: 'filesystem' }]);
	});
});
