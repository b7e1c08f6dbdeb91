import { z } from 'astro/zod';
import { TOPIC_IDS } from './topics';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference the article's claims rest on: official docs, release notes, repositories. */
export const sourceSchema = z.strictObject({
	/** What the reader will find there, e.g. "PyTorch docs: torch.export". */
	title: z.string().min(1),
	/** Absolute https URL. */
	url: z.url({ protocol: /^https$/ }),
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
	updated: z.coerce.date(),
	/** Lowercase kebab-case tags; each gets a page. */
	tags: z.array(z.string().regex(kebab, 'tags are lowercase kebab-case, e.g. "torch-compile"')).min(1),
	/** Where the facts come from; at least two. */
	sources: z.array(sourceSchema).min(2),
	/** Drafts are built in dev only. */
	draft: z.boolean().optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
