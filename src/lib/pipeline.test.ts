import { describe, expect, it } from 'vitest';
import { PIPELINE_FILES, PIPELINE_KEY } from './pipeline';

describe('PIPELINE_KEY', () => {
	it('reads every file of the Markdown pipeline (a missing one would go unnoticed by incremental builds)', () => {
		expect(PIPELINE_FILES).toEqual(['../../astro.config.mjs', './highlight.ts', './mdx-components.ts', './mdx-plugins.ts', './shiki.ts', './urls.ts']);
		expect(PIPELINE_KEY).toMatch(/^[\w-]{43}$/);
	});
});
