import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheMdx, type MdxResult } from './mdx-cache';

const SHARED = { syntaxHighlight: false } as const;
const MDX = { optimize: true, srcDir: new URL('file:///project/src/') };

/** A satteri() processor whose MDX renderer counts its calls and returns `make(content)`. */
function countingProcessor(make: (content: string) => MdxResult = (content) => ({ code: `/* ${content} */`, map: null, astroMetadata: { hydratedComponents: [], clientOnlyComponents: [], serverComponents: [], scripts: [], propagation: 'none', containsHead: false, pageOptions: {} } })) {
	const processor = satteri();
	const calls: string[] = [];
	processor.createMdxRenderer = async () => ({
		async process(content) {
			calls.push(content);
			return make(content);
		},
	});
	return { processor, calls };
}

describe('cacheMdx', () => {
	const root = mkdtempSync(join(tmpdir(), 'mdx-cache-test-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('compiles a file once and reads it back in a later build', async () => {
		const dir = join(root, 'once');
		const { processor, calls } = countingProcessor();
		const first = await cacheMdx(processor, { dir, pipeline: 'p1' }).createMdxRenderer?.(SHARED, MDX);
		const compiled = await first?.process('# Hello', '/content/a.mdx', { title: 'A' });
		// A new build: a new processor and renderer over the same folder.
		const second = await cacheMdx(countingProcessor().processor, { dir, pipeline: 'p1' }).createMdxRenderer?.(SHARED, MDX);
		expect(await second?.process('# Hello', '/content/a.mdx', { title: 'A' })).toEqual(compiled);
		expect(calls).toEqual(['# Hello']);
		expect(readdirSync(dir)).toHaveLength(1);
	});

	it('compiles again when the text, frontmatter, path, options or pipeline change', async () => {
		const dir = join(root, 'changes');
		const { processor, calls } = countingProcessor();
		const renderer = await cacheMdx(processor, { dir, pipeline: 'p1' }).createMdxRenderer?.(SHARED, MDX);
		await renderer?.process('text', '/content/a.mdx', { title: 'A' });
		await renderer?.process('text, edited', '/content/a.mdx', { title: 'A' });
		await renderer?.process('text', '/content/a.mdx', { title: 'B' });
		await renderer?.process('text', '/content/b.mdx', { title: 'A' });
		await (await cacheMdx(processor, { dir, pipeline: 'p1' }).createMdxRenderer?.(SHARED, { ...MDX, optimize: false }))?.process('text', '/content/a.mdx', { title: 'A' });
		await (await cacheMdx(processor, { dir, pipeline: 'p2' }).createMdxRenderer?.(SHARED, MDX))?.process('text', '/content/a.mdx', { title: 'A' });
		expect(calls).toHaveLength(6);
		expect(readdirSync(dir)).toHaveLength(6);
	});

	it('stores nothing when compiling fails, or when the result is not plain data', async () => {
		const dir = join(root, 'not-stored');
		const failing = countingProcessor(() => {
			throw new Error('bad MDX');
		});
		const renderer = await cacheMdx(failing.processor, { dir, pipeline: 'p1' }).createMdxRenderer?.(SHARED, MDX);
		await expect(renderer?.process('<Broken', '/content/a.mdx', {})).rejects.toThrow('bad MDX');
		const odd = countingProcessor((content) => ({ code: content, map: null, astroMetadata: { scripts: [new Set([1])] } as unknown as MdxResult['astroMetadata'] }));
		const oddRenderer = await cacheMdx(odd.processor, { dir, pipeline: 'p1' }).createMdxRenderer?.(SHARED, MDX);
		expect((await oddRenderer?.process('x', '/content/a.mdx', {}))?.astroMetadata.scripts[0]).toBeInstanceOf(Set);
		expect(readdirSync(join(root), { withFileTypes: true }).some((entry) => entry.name === 'not-stored')).toBe(false);
	});

	it('leaves the processor as it is otherwise (name, options, Markdown renderer)', () => {
		const processor = satteri({ features: { gfm: true } });
		const cached = cacheMdx(processor, { dir: join(root, 'same'), pipeline: 'p1' });
		expect(cached.name).toBe('satteri');
		expect(cached.options).toBe(processor.options);
		expect(cached.createRenderer).toBe(processor.createRenderer);
	});
});
