import { describe, expect, test } from 'vitest';
import { editUrl, LOCALHOST, normalizeRepositoryUrl, resolveSiteEnv, siteWarning } from './site-env';

/** What each host sets during a build (names from each host's documentation), with made-up values. */
const NETLIFY = {
	NETLIFY: 'true',
	URL: 'https://field-guide.netlify.app',
	DEPLOY_PRIME_URL: 'https://deploy-preview-7--field-guide.netlify.app',
	CONTEXT: 'production',
	REPOSITORY_URL: 'git@github.com:octo/field-guide',
	BRANCH: 'main',
};
const VERCEL = {
	VERCEL: '1',
	VERCEL_ENV: 'production',
	VERCEL_URL: 'field-guide-abc123.vercel.app',
	VERCEL_PROJECT_PRODUCTION_URL: 'guide.example.com',
	VERCEL_GIT_PROVIDER: 'github',
	VERCEL_GIT_REPO_OWNER: 'octo',
	VERCEL_GIT_REPO_SLUG: 'field-guide',
	VERCEL_GIT_COMMIT_REF: 'main',
};
const CLOUDFLARE = { CF_PAGES: '1', CF_PAGES_BRANCH: 'main', CF_PAGES_URL: 'https://0a1b2c3d.field-guide.pages.dev', CF_PAGES_COMMIT_SHA: 'abc' };
const GITHUB = { GITHUB_ACTIONS: 'true', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/field-guide', GITHUB_REF_NAME: 'main' };

describe('resolveSiteEnv', () => {
	test('nothing set: localhost at the root, production, no repository, with a warning', () => {
		const env = resolveSiteEnv({});
		expect(env).toEqual({ site: LOCALHOST, base: '/', siteFrom: undefined, preview: undefined, repositoryUrl: undefined, branch: 'main' });
		expect(siteWarning(env, {})).toMatch(/^No site address: canonical URLs, .*sitemap.* and feed use http:\/\/localhost:4321\. Set SITE_URL/);
	});

	test('SITE_URL and BASE_PATH win over everything a host sets', () => {
		const env = resolveSiteEnv({ ...NETLIFY, SITE_URL: 'https://docs.example.org/', BASE_PATH: 'guide' });
		expect(env.site).toBe('https://docs.example.org');
		expect(env.base).toBe('/guide/');
		expect(env.siteFrom).toBe('SITE_URL');
		expect(siteWarning(env, NETLIFY)).toBeUndefined();
	});

	test('SITE_URL with a path gives the base path when BASE_PATH is not set; a bare host means https', () => {
		expect(resolveSiteEnv({ SITE_URL: 'https://octo.github.io/field-guide' })).toMatchObject({ site: 'https://octo.github.io', base: '/field-guide/' });
		expect(resolveSiteEnv({ SITE_URL: 'docs.example.org' }).site).toBe('https://docs.example.org');
	});

	test('a SITE_URL that is not an address fails, naming the variable', () => {
		expect(() => resolveSiteEnv({ SITE_URL: 'https://exa mple.org' })).toThrow(/^SITE_URL: "https:\/\/exa mple.org" is not a URL/);
		expect(() => resolveSiteEnv({ SITE_URL: 'ftp://example.org' })).toThrow(/^SITE_URL: .* is not an http\(s\) address/);
	});

	test('Netlify: the main address, the repository in git@ form, production', () => {
		expect(resolveSiteEnv(NETLIFY)).toEqual({
			site: 'https://field-guide.netlify.app',
			base: '/',
			siteFrom: "Netlify's URL",
			preview: undefined,
			repositoryUrl: 'https://github.com/octo/field-guide',
			branch: 'main',
		});
	});

	test('Netlify: deploy previews and branch deploys are previews, still with the main address', () => {
		for (const context of ['deploy-preview', 'branch-deploy']) {
			const env = resolveSiteEnv({ ...NETLIFY, CONTEXT: context, BRANCH: 'fix-typo' });
			expect(env.preview).toBe(`Netlify deploy context "${context}"`);
			expect(env.site).toBe('https://field-guide.netlify.app');
			expect(env.branch).toBe('fix-typo');
		}
	});

	test('URL and CONTEXT mean nothing outside Netlify', () => {
		expect(resolveSiteEnv({ URL: 'https://elsewhere.example', CONTEXT: 'dev' })).toMatchObject({ site: LOCALHOST, preview: undefined });
	});

	test('Vercel: the production domain with https, the repository from its parts', () => {
		expect(resolveSiteEnv(VERCEL)).toEqual({
			site: 'https://guide.example.com',
			base: '/',
			siteFrom: "Vercel's VERCEL_PROJECT_PRODUCTION_URL",
			preview: undefined,
			repositoryUrl: 'https://github.com/octo/field-guide',
			branch: 'main',
		});
		expect(resolveSiteEnv({ ...VERCEL, VERCEL_GIT_PROVIDER: 'gitlab' }).repositoryUrl).toBe('https://gitlab.com/octo/field-guide');
		expect(resolveSiteEnv({ ...VERCEL, VERCEL_GIT_PROVIDER: 'bitbucket' }).repositoryUrl).toBe('https://bitbucket.org/octo/field-guide');
	});

	test('Vercel: preview and development builds are previews', () => {
		expect(resolveSiteEnv({ ...VERCEL, VERCEL_ENV: 'preview' }).preview).toBe('Vercel environment "preview"');
		expect(resolveSiteEnv({ ...VERCEL, VERCEL_ENV: 'development' }).preview).toBe('Vercel environment "development"');
	});

	test('Cloudflare Pages: no address from the host (never the deployment URL), a warning that says where to set SITE_URL', () => {
		const env = resolveSiteEnv(CLOUDFLARE);
		expect(env.site).toBe(LOCALHOST);
		expect(env.repositoryUrl).toBeUndefined();
		expect(siteWarning(env, CLOUDFLARE)).toContain('Cloudflare Pages does not tell the build the site\'s address: set SITE_URL');
		expect(resolveSiteEnv({ ...CLOUDFLARE, SITE_URL: 'https://guide.example.com' }).site).toBe('https://guide.example.com');
	});

	test('Cloudflare Pages: a branch other than the production branch (main, or PRODUCTION_BRANCH) is a preview', () => {
		expect(resolveSiteEnv(CLOUDFLARE).preview).toBeUndefined();
		expect(resolveSiteEnv({ ...CLOUDFLARE, CF_PAGES_BRANCH: 'new-article' }).preview).toMatch(/^Cloudflare Pages branch "new-article"/);
		expect(resolveSiteEnv({ ...CLOUDFLARE, CF_PAGES_BRANCH: 'production', PRODUCTION_BRANCH: 'production' }).preview).toBeUndefined();
		expect(resolveSiteEnv({ ...CLOUDFLARE, PRODUCTION_BRANCH: 'production' }).preview).toMatch(/branch "main"/);
	});

	test('GitHub Actions: the address and base path from configure-pages (passed as SITE_URL/BASE_PATH), the repository from GitHub', () => {
		// Project site, user or organisation site, custom domain: configure-pages' origin and base_path outputs.
		const cases = [
			[{ SITE_URL: 'https://octo.github.io', BASE_PATH: '/field-guide' }, 'https://octo.github.io', '/field-guide/'],
			[{ SITE_URL: 'https://octo.github.io', BASE_PATH: '/' }, 'https://octo.github.io', '/'],
			[{ SITE_URL: 'https://octo.github.io', BASE_PATH: '' }, 'https://octo.github.io', '/'],
			[{ SITE_URL: 'https://guide.example.com', BASE_PATH: '/' }, 'https://guide.example.com', '/'],
		] as const;
		for (const [vars, site, base] of cases) {
			expect(resolveSiteEnv({ ...GITHUB, ...vars })).toEqual({ site, base, siteFrom: 'SITE_URL', preview: undefined, repositoryUrl: 'https://github.com/octo/field-guide', branch: 'main' });
		}
		expect(resolveSiteEnv({ ...GITHUB, GITHUB_HEAD_REF: 'fix-typo', GITHUB_REF_NAME: '12/merge' }).branch).toBe('fix-typo');
	});

	test('the project\'s REPOSITORY_URL wins over the host\'s', () => {
		expect(resolveSiteEnv({ ...VERCEL, ...GITHUB, REPOSITORY_URL: 'https://gitlab.com/team/guide.git' }).repositoryUrl).toBe('https://gitlab.com/team/guide');
	});
});

describe('normalizeRepositoryUrl', () => {
	test.each([
		['https://github.com/octo/field-guide', 'https://github.com/octo/field-guide'],
		['https://github.com/octo/field-guide.git', 'https://github.com/octo/field-guide'],
		['https://github.com/octo/field-guide/', 'https://github.com/octo/field-guide'],
		['git@github.com:octo/field-guide', 'https://github.com/octo/field-guide'],
		['git@gitlab.com:group/sub/field-guide.git', 'https://gitlab.com/group/sub/field-guide'],
		['ssh://git@github.com/octo/field-guide.git', 'https://github.com/octo/field-guide'],
		['https://x-access-token:v1.secret@github.com/octo/field-guide', 'https://github.com/octo/field-guide'],
	])('%s', (input, expected) => {
		expect(normalizeRepositoryUrl(input)).toBe(expected);
	});

	test('anything else fails, naming the variable', () => {
		expect(() => normalizeRepositoryUrl('field-guide')).toThrow(/^REPOSITORY_URL: "field-guide" is not a repository address/);
		expect(() => normalizeRepositoryUrl('https://github.com/octo')).toThrow(/^REPOSITORY_URL:/);
	});
});

describe('editUrl', () => {
	test('opens the file in the host\'s editor', () => {
		expect(editUrl('https://github.com/octo/guide', 'main', 'content/overview.mdx')).toBe('https://github.com/octo/guide/edit/main/content/overview.mdx');
		expect(editUrl('https://gitlab.com/octo/guide', 'main', 'content/overview.mdx')).toBe('https://gitlab.com/octo/guide/-/edit/main/content/overview.mdx');
		expect(editUrl('https://bitbucket.org/octo/guide', 'dev', 'content/a.mdx')).toBe('https://bitbucket.org/octo/guide/src/dev/content/a.mdx?mode=edit');
		expect(editUrl('https://github.com/octo/guide', 'feat/x y', 'content/a.mdx')).toBe('https://github.com/octo/guide/edit/feat/x%20y/content/a.mdx');
	});
});
