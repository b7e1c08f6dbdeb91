/**
 * The pure parts of `npm run new` (scripts/new-article.ts): the slug, the
 * names it may not take, and the scaffold. No imports beyond node's, so the
 * schema can share the placeholder rule.
 */
import { RESERVED_SLUGS } from './urls.ts';
import type { TopicId } from './topics';

/**
 * The scaffold's sources point at this host (`.invalid` is reserved: it never
 * resolves). A published article whose sources still do fails the build
 * (src/lib/schema.ts); a draft may keep them.
 */
export const PLACEHOLDER_HOST = 'example.invalid';

export function isPlaceholderUrl(url: string): boolean {
	try {
		return new URL(url).hostname === PLACEHOLDER_HOST;
	} catch {
		return false;
	}
}

/** The title in lowercase kebab-case, accents dropped: "Loading models safely" -> "loading-models-safely". */
export function slugify(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Why `slug` cannot be a new article's name (an article, an article's old slug, a site page, not kebab-case), or null when it is free. */
export function takenSlugs(slug: string, articles: readonly { id: string; file: string; redirectFrom: readonly string[] }[]): string | null {
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return `"${slug}" is not a lowercase kebab-case name`;
	if ((RESERVED_SLUGS as readonly string[]).includes(slug)) return `"${slug}" is the address of a site page (reserved: ${RESERVED_SLUGS.join(', ')})`;
	const article = articles.find((a) => a.id === slug);
	if (article) return `"${slug}" is taken by ${article.file}`;
	const renamed = articles.find((a) => a.redirectFrom.includes(slug));
	if (renamed) return `"${slug}" is an old address of ${renamed.file} (its redirectFrom)`;
	return null;
}

/** A new draft article: frontmatter, <InShort>, one <FrameworkTabs>, ## Verdict. */
export function articleTemplate({ title, topic, order, date }: { title: string; topic: TopicId; order: number; date: string }): string {
	return `---
title: ${JSON.stringify(title)}
description: "TODO: one or two sentences, 50 to 200 characters, for search results, cards and the meta description."
topic: ${topic}
order: ${order}
updated: ${date}
tags: [todo]
sources:
  - title: "TODO: the first source (official docs, release notes, a repository)"
    url: "https://${PLACEHOLDER_HOST}/first-source"
  - title: "TODO: the second source"
    url: "https://${PLACEHOLDER_HOST}/second-source"
draft: true
---

<InShort>
TODO: the answer in two or three sentences, for a reader who reads nothing else.
</InShort>

## TODO: the first section

TODO: text. Link to at least one other article, e.g. [the overview](/overview/).

<FrameworkTabs>
<div slot="pytorch">

\`\`\`python
import torch
\`\`\`

</div>
<div slot="tensorflow">

\`\`\`python
import tensorflow as tf
\`\`\`

</div>
</FrameworkTabs>

## Verdict

TODO: which framework, for whom, in a few lines.
`;
}
