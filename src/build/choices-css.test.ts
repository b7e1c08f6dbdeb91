import { describe, expect, it } from 'vitest';
import { choicesCss } from './choices-css';

describe('choicesCss', () => {
	const css = choicesCss({
		framework: { options: [{ id: 'pytorch', label: 'PyTorch' }, { id: 'jax', label: 'JAX' }], all: { id: 'both', label: 'Both' }, fallback: 'pytorch' },
	});
	const scope = ":root[data-framework='jax'] site-tabs[data-sync-key='framework']:not([data-ready])";
	it('shows the chosen panel and hides the others before the tabs upgrade, for every value', () => {
		expect(css).toContain(`${scope} > .tabs__panel:not([data-value='jax']) { display: none; }`);
		expect(css).toContain(`${scope} > .tabs__panel[data-value='jax'] { display: block; }`);
		expect(css).toContain(":root[data-framework='pytorch'] site-tabs[data-sync-key='framework']:not([data-ready]) > .tabs__panel[data-value='pytorch'] { display: block; }");
	});
	it('marks the chosen tab', () => expect(css).toContain(`${scope} [role='tab'][data-value='jax'] { color: var(--color-fg);`));
	it('shows every panel for the value that means all', () => {
		expect(css).toContain(":root[data-framework='both'] site-tabs[data-sync-key='framework']:not([data-ready]) > .tabs__panel { display: block; }");
	});
	it('covers every key of the real registry, inside the components layer', () => {
		const real = choicesCss();
		expect(real.startsWith('/* Generated')).toBe(true);
		expect(real).toContain('@layer components {');
		for (const value of ['linux', 'macos', 'windows', 'wsl2']) expect(real).toContain(`[data-os='${value}'] site-tabs[data-sync-key='os']`);
		for (const value of ['pip', 'uv']) expect(real).toContain(`[data-pm='${value}'] site-tabs[data-sync-key='pm']`);
	});
});
