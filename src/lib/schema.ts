import { z } from 'astro/zod';
import { TOPIC_IDS } from './topics';
import { isPlaceholderUrl } from './new-article';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

const DATE_MESSAGE = 'use YYYY-MM-DD, e.g. 2026-11-30';

/**
 * A calendar date written YYYY-MM-DD. YAML reads an unquoted 2026-11-30 as a
 * date and a quoted one as text; both pass. Anything else (30/11/2026,
 * "yesterday", 2026-13-01) fails with the format to use.
 */
const isoDate = z.preprocess(
	(value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? new Date(`${value.trim()}T00:00:00Z`) : value),
	z.date({ error: (issue) => `${issue.input instanceof Date ? 'not a real date' : `"${String(issue.input)}" is not a date`}: ${DATE_MESSAGE}` }),
);

/** A reference the article's claims rest on: official docs, release notes, repositories. */
export const sourceSchema = z.strictObject({
	/** What the reader will find there, e.g. "PyTorch docs: torch.export". */
	title: z.string().min(1),
	/** Absolute https URL, as written: no spaces, quotes or angle brackets (they would be escaped or break the link). */
	url: z
		.string()
		.regex(/^[^\s"'<>`]+$/, 'must not contain spaces, quotes or angle brackets (percent-encode them: %20, %22)')
		.pipe(z.url({ protocol: /^https$/ })),
});

/** Frontmatter of an article. Unknown keys are rejected so a typo cannot pass silently. */
export const articleSchema = z.strictObject({
	/** Page title and <h1>. At most 56 characters, so "<title> | Field Guide" stays within the 70 that search results show. */
	title: z.string().min(1).max(56, 'titles are at most 56 characters (search results cut longer ones)'),
	/** One or two sentences for the meta description and cards. */
	description: z.string().min(50).max(200),
	/** The theme it is grouped under; one of TOPICS in src/lib/topics.ts. */
	topic: z.enum(TOPIC_IDS),
	/** Position within the topic (1 comes first); any positive number, so 2.5 goes between 2 and 3. Unique within the topic. */
	order: z.number({ error: 'order is a positive number: the position within the topic (e.g. 3, or 2.5 to go between 2 and 3)' }).positive('order is a positive number: the position within the topic (e.g. 3, or 2.5 to go between 2 and 3)'),
	/** The date its facts were last checked (YYYY-MM-DD). */
	updated: isoDate,
	/** Lowercase kebab-case tags; each gets a page. */
	tags: z.array(z.string().regex(kebab, 'tags are lowercase kebab-case, e.g. "torch-compile"')).min(1),
	/** Where the facts come from; at least two. */
	sources: z.array(sourceSchema).min(2),
	/**
	 * Up to 8 phrases a reader might search for that the text itself does not
	 * stress, e.g. "multi-GPU training". Search metadata only (weighted in
	 * src/lib/search-ranking.ts): never shown on the page or in an excerpt.
	 */
	keywords: z
		.array(z.string().trim().min(2, 'keywords are phrases of at least 2 characters').max(40, 'keywords are short phrases (at most 40 characters)').regex(/^[^,:]+$/, 'a keyword holds no comma or colon (they would split the search metadata)'))
		.max(8, 'at most 8 keywords: pick the phrases readers type that the text does not already stress')
		.optional(),
	/** Drafts are built in dev only. */
	draft: z.boolean().optional(),
	/** Old slugs of a renamed article: each old address redirects here (src/lib/redirects.ts). */
	redirectFrom: z.array(z.string().regex(slug, 'redirectFrom lists old slugs, lowercase kebab-case, e.g. [old-name]')).optional(),
}).superRefine((data, ctx) => {
	// `npm run new` writes placeholders; a draft may keep them, a published article may not.
	if (data.draft === true) return;
	data.sources.forEach((source, i) => {
		if (isPlaceholderUrl(source.url)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'url'], message: `sources[${i}] is still the placeholder from \`npm run new\` (${source.url}): cite a real source, or keep \`draft: true\`` });
	});
	if (/^TODO\b/.test(data.description)) ctx.addIssue({ code: 'custom', path: ['description'], message: 'description is still the placeholder from `npm run new`: write one, or keep `draft: true`' });
});

export type ArticleData = z.infer<typeof articleSchema>;
