import { normalizeBase } from '../lib/urls';

/**
 * What a build needs to know about where the site is deployed, resolved from
 * the environment: the project's own variables first (SITE_URL, BASE_PATH,
 * REPOSITORY_URL, PRODUCTION_BRANCH), then what the host sets during its build.
 * Pure: astro.config.mjs passes `process.env`, the tests pass made-up ones.
 *
 * Host variables (each host's documentation, checked November 2026):
 * - Netlify: NETLIFY=true, URL (the site's main address), CONTEXT
 *   (production, deploy-preview, branch-deploy…), REPOSITORY_URL, BRANCH.
 * - Vercel: VERCEL=1, VERCEL_PROJECT_PRODUCTION_URL (production domain, no
 *   scheme; set in preview builds too), VERCEL_ENV (production, preview,
 *   development), VERCEL_GIT_PROVIDER, VERCEL_GIT_REPO_OWNER,
 *   VERCEL_GIT_REPO_SLUG, VERCEL_GIT_COMMIT_REF.
 * - Cloudflare Pages: CF_PAGES=1, CF_PAGES_BRANCH. CF_PAGES_URL is each
 *   deployment's own address, not the site's: SITE_URL is required there.
 * - GitHub Actions: GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_REF_NAME;
 *   the Pages address and base path come from actions/configure-pages, which
 *   .github/workflows/deploy.yml passes in as SITE_URL and BASE_PATH.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export interface SiteEnv {
	/** The site's origin, `https://example.org`: canonical URLs, sitemap, feed, Open Graph images. */
	site: string;
	/** The path the site is served under, `/` or `/field-guide/`. */
	base: string;
	/** Where `site` came from ("SITE_URL", "Netlify's URL"…); undefined when nothing said, and `site` is localhost. */
	siteFrom: string | undefined;
	/** Why this build is a preview, never to be indexed ("Netlify deploy context deploy-preview"); undefined for production. */
	preview: string | undefined;
	/** The repository's web address (`https://github.com/owner/repo`), for "Edit this page"; undefined when unknown. */
	repositoryUrl: string | undefined;
	/** The branch "Edit this page" opens. */
	branch: string;
}

export const LOCALHOST = 'http://localhost:4321';

const GIT_HOSTS: Record<string, string> = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };

/** A value, or undefined when unset or blank. */
function value(env: Env, name: string): string | undefined {
	const text = env[name]?.trim();
	return text ? text : undefined;
}

/** An absolute http(s) URL from a variable; a missing scheme means https. */
function absoluteUrl(text: string, name: string): URL {
	let url: URL;
	try {
		url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
	} catch {
		throw new Error(`${name}: "${text}" is not a URL; give the site's address, e.g. https://example.org`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name}: "${text}" is not an http(s) address.`);
	return url;
}

/**
 * A repository's web address from the forms hosts give: `https://github.com/o/r(.git)`,
 * with or without credentials (Netlify may include an access token), `git@github.com:o/r.git`
 * or `ssh://git@github.com/o/r.git`. Throws, naming the variable, on anything else.
 */
export function normalizeRepositoryUrl(text: string, name = 'REPOSITORY_URL'): string {
	const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(text.trim());
	const raw = scp ? `https://${scp[1]}/${scp[2]}` : text.trim();
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`${name}: "${text}" is not a repository address; give e.g. https://github.com/owner/repo`);
	}
	const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
	if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol) || path.split('/').filter(Boolean).length < 2) {
		throw new Error(`${name}: "${text}" is not a repository address; give e.g. https://github.com/owner/repo`);
	}
	return `https://${url.hostname}${path}`;
}

function resolveSite(env: Env): { site: string; path: string; from: string | undefined } {
	const own = value(env, 'SITE_URL');
	if (own) {
		const url = absoluteUrl(own, 'SITE_URL');
		return { site: url.origin, path: url.pathname, from: 'SITE_URL' };
	}
	const netlify = value(env, 'URL');
	if (env.NETLIFY === 'true' && netlify) return { site: absoluteUrl(netlify, 'URL (Netlify)').origin, path: '/', from: "Netlify's URL" };
	const vercel = value(env, 'VERCEL_PROJECT_PRODUCTION_URL');
	if (vercel) return { site: absoluteUrl(vercel, 'VERCEL_PROJECT_PRODUCTION_URL').origin, path: '/', from: "Vercel's VERCEL_PROJECT_PRODUCTION_URL" };
	return { site: LOCALHOST, path: '/', from: undefined };
}

function resolvePreview(env: Env): string | undefined {
	const context = value(env, 'CONTEXT');
	if (env.NETLIFY === 'true' && context && context !== 'production') return `Netlify deploy context "${context}"`;
	const vercel = value(env, 'VERCEL_ENV');
	if (vercel && vercel !== 'production') return `Vercel environment "${vercel}"`;
	const branch = value(env, 'CF_PAGES_BRANCH');
	const production = value(env, 'PRODUCTION_BRANCH') ?? 'main';
	if (env.CF_PAGES === '1' && branch && branch !== production) return `Cloudflare Pages branch "${branch}" (the production branch is "${production}"; set PRODUCTION_BRANCH if it is another)`;
	return undefined;
}

function resolveRepository(env: Env): string | undefined {
	// The project's own variable, and Netlify's (which has the same name).
	const own = value(env, 'REPOSITORY_URL');
	if (own) return normalizeRepositoryUrl(own);
	const [provider, owner, slug] = [value(env, 'VERCEL_GIT_PROVIDER'), value(env, 'VERCEL_GIT_REPO_OWNER'), value(env, 'VERCEL_GIT_REPO_SLUG')];
	if (provider && owner && slug && GIT_HOSTS[provider]) return `https://${GIT_HOSTS[provider]}/${owner}/${slug}`;
	const [server, repository] = [value(env, 'GITHUB_SERVER_URL'), value(env, 'GITHUB_REPOSITORY')];
	if (server && repository) return normalizeRepositoryUrl(`${server}/${repository}`, 'GITHUB_SERVER_URL/GITHUB_REPOSITORY');
	return undefined;
}

function resolveBranch(env: Env): string {
	const netlify = env.NETLIFY === 'true' ? value(env, 'BRANCH') : undefined;
	return (
		value(env, 'EDIT_BRANCH') ??
		netlify ??
		value(env, 'VERCEL_GIT_COMMIT_REF') ??
		value(env, 'CF_PAGES_BRANCH') ??
		value(env, 'GITHUB_HEAD_REF') ??
		value(env, 'GITHUB_REF_NAME') ??
		'main'
	);
}

export function resolveSiteEnv(env: Env): SiteEnv {
	const { site, path, from } = resolveSite(env);
	return {
		site,
		base: normalizeBase(value(env, 'BASE_PATH') ?? path),
		siteFrom: from,
		preview: resolvePreview(env),
		repositoryUrl: resolveRepository(env),
		branch: resolveBranch(env),
	};
}

/** The one warning a build prints when it does not know the site's address; undefined when it does. */
export function siteWarning(siteEnv: SiteEnv, env: Env): string | undefined {
	if (siteEnv.siteFrom) return undefined;
	const where = env.CF_PAGES === '1' ? ' Cloudflare Pages does not tell the build the site\'s address: set SITE_URL in the project\'s settings (Settings > Variables and Secrets).' : '';
	return `No site address: canonical URLs, Open Graph images, sitemap, robots.txt and feed use ${LOCALHOST}. Set SITE_URL (e.g. SITE_URL=https://example.org) for a deployment.${where}`;
}

/** "Edit this page" for a file of the repository, in the host's editor. */
export function editUrl(repositoryUrl: string, branch: string, file: string): string {
	const path = file.split('/').map(encodeURIComponent).join('/');
	const ref = branch.split('/').map(encodeURIComponent).join('/');
	const host = new URL(repositoryUrl).hostname;
	if (host === 'bitbucket.org') return `${repositoryUrl}/src/${ref}/${path}?mode=edit`;
	if (host === 'gitlab.com') return `${repositoryUrl}/-/edit/${ref}/${path}`;
	return `${repositoryUrl}/edit/${ref}/${path}`;
}
