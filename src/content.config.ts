import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/schema';

/**
 * Articles are the MDX files under content/ (or CONTENT_DIR, which the build
 * tests point at fixture folders). Files whose name starts with `_` are skipped.
 */
const articles = defineCollection({
	loader: glob({ base: process.env.CONTENT_DIR ?? './content', pattern: '**/[^_]*.mdx' }),
	schema: articleSchema,
});

export const collections = { articles };
