import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { satteri } from '@astrojs/markdown-satteri';
import { hash } from './cache-keys';
import { touchCacheFile, writeCacheFile } from './file-cache';

type Processor = ReturnType<typeof satteri>;
type MdxRendererFactory = NonNullable<Processor['createMdxRenderer']>;
type MdxRenderer = Awaited<ReturnType<MdxRendererFactory>>;
export type MdxResult = Awaited<ReturnType<MdxRenderer['process']>>;

/**
 * Compiled MDX, kept between builds.
 *
 * Astro compiles every article's MDX to JavaScript on every build, changed or
 * not: reading it back instead took 1.5 s off a 1,000-article rebuild here
 * (code highlighting was already cached). The compiled module depends
 * only on the file (its path, text and frontmatter), the renderer's options
 * and the Markdown pipeline (`pipeline`: the plugins' source, the packages'
 * versions and the plugins' settings; see src/build/pipeline.ts). So the
 * renderer is wrapped: a file compiled before with the same key is read back
 * from `<dir>/<hash>.json`, anything else is compiled and stored.
 */
export function mdxCacheKey(pipeline: string, options: unknown, filePath: string, content: string, frontmatter: unknown): string {
	return hash(JSON.stringify([pipeline, options, filePath, frontmatter, content]));
}

/** The same processor, its MDX renderer cached in `dir` under `pipeline`. Markdown (.md) rendering is left as it is. */
export function cacheMdx(processor: Processor, { dir, pipeline }: { dir: string; pipeline: string }): Processor {
	const create = processor.createMdxRenderer?.bind(processor);
	if (!create) return processor;
	return {
		...processor,
		async createMdxRenderer(shared, mdx) {
			const renderer = await create(shared, mdx);
			const options = [shared, { ...mdx, srcDir: mdx.srcDir?.href }];
			return {
				async process(content, filePath, frontmatter) {
					const file = join(dir, `${mdxCacheKey(pipeline, options, filePath, content, frontmatter)}.json`);
					try {
						const cached = JSON.parse(readFileSync(file, 'utf8')) as MdxResult;
						touchCacheFile(file);
						return cached;
					} catch {
						// Not compiled yet (or unreadable): compile it.
					}
					const result = await renderer.process(content, filePath, frontmatter);
					const json = JSON.stringify(result);
					// Only plain data is kept: a result JSON cannot carry (a new renderer's Set or function) is never stored.
					if (isDeepStrictEqual(JSON.parse(json), result)) writeCacheFile(file, json);
					return result;
				},
			};
		},
	};
}
