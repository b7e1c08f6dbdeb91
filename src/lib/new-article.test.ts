import { describe, expect, it } from 'vitest';
import { articleTemplate, isPlaceholderUrl, slugify, takenSlugs } from './new-article';
import { articleSchema } from './schema';
import { withoutFrontmatter } from './frontmatter';

const articles = [{ id: 'model-security', file: 'content/model-security.mdx', redirectFrom: ['loading-models'] }];

describe('npm run new', () => {
	it.each([
		['Loading models safely', 'loading-models-safely'],
		['JAX and Keras 3’s multi-backend', 'jax-and-keras-3s-multi-backend'],
		['  Déjà vu: errors!  ', 'deja-vu-errors'],
	])('turns "%s" into the file name %s', (title, slug) => expect(slugify(title)).toBe(slug));

	it.each([
		['model-security', /taken by content\/model-security\.mdx/],
		['loading-models', /old address of content\/model-security\.mdx/],
		['install', /site page/],
		['rss.xml', /not a lowercase kebab-case name/],
		['og', /site page/],
	])('refuses %s', (slug, reason) => expect(takenSlugs(slug, articles)).toMatch(reason));
	it('accepts a free name', () => expect(takenSlugs('troubleshooting', articles)).toBeNull());

	const text = articleTemplate({ title: 'Loading "pickled" models', topic: 'production', order: 5, date: '2026-11-30' });
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
	it('writes a draft with today’s date and the order it was given', () => {
		expect(frontmatter).toContain('title: "Loading \\"pickled\\" models"');
		expect(frontmatter).toMatch(/^topic: production$/m);
		expect(frontmatter).toMatch(/^order: 5$/m);
		expect(frontmatter).toMatch(/^updated: 2026-11-30$/m);
		expect(frontmatter).toMatch(/^draft: true$/m);
	});
	it('has <InShort> first, one <FrameworkTabs> and a verdict last', () => {
		const body = withoutFrontmatter(text).trim();
		expect(body.startsWith('<InShort>')).toBe(true);
		expect(body.match(/<FrameworkTabs>/g)).toHaveLength(1);
		expect(body).toMatch(/\n## Verdict\n[^#]+$/);
	});
	it('passes the schema as a draft, and not once published', () => {
		const data = {
			title: 'Loading models safely',
			description: 'TODO: one or two sentences, 50 to 200 characters, for search results, cards and the meta description.',
			topic: 'production',
			order: 5,
			updated: '2026-11-30',
			tags: ['todo'],
			sources: [...frontmatter.matchAll(/url: "([^"]+)"/g)].map((m) => ({ title: 'TODO', url: m[1] })),
		};
		expect(data.sources.every((s) => isPlaceholderUrl(s.url ?? ''))).toBe(true);
		expect(articleSchema.safeParse({ ...data, draft: true }).success).toBe(true);
		expect(articleSchema.safeParse(data).success).toBe(false);
	});
});
