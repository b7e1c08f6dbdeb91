import type { Plugin } from 'vite';
import { CHOICES, type ChoiceGroup } from '../lib/choices';

/**
 * The CSS that shows each synced choice before <site-tabs> upgrades: the head script puts the choice on <html>
 * (data-framework="tensorflow"), and these rules show that value's panel and mark its tab, so no panel flashes.
 * Once ready, the element sets hidden="until-found" and aria-selected itself. Generated from the registry
 * (src/lib/choices.ts), so a new value needs no hand-written rule. The layout of "Both" stays in content.css.
 */
export function choicesCss(choices: Record<string, ChoiceGroup> = CHOICES): string {
	const rules: string[] = [];
	for (const [key, group] of Object.entries(choices)) {
		for (const { id } of group.options) {
			const scope = `:root[data-${key}='${id}'] site-tabs[data-sync-key='${key}']:not([data-ready])`;
			rules.push(
				`${scope} > .tabs__panel:not([data-value='${id}']) { display: none; }`,
				`${scope} > .tabs__panel[data-value='${id}'] { display: block; }`,
				`${scope} [role='tab']:not([data-value='${id}']) { color: var(--color-muted); font-weight: 400; border-bottom-color: transparent; }`,
				`${scope} [role='tab'][data-value='${id}'] { color: var(--color-fg); font-weight: 600; border-bottom-color: var(--color-accent); }`,
			);
		}
		if (group.all) rules.push(`:root[data-${key}='${group.all.id}'] site-tabs[data-sync-key='${key}']:not([data-ready]) > .tabs__panel { display: block; }`);
	}
	return `/* Generated from src/lib/choices.ts by src/build/choices-css.ts. */\n@layer components {\n${rules.map((rule) => `\t${rule}`).join('\n')}\n}\n`;
}

export const CHOICES_CSS_ID = 'virtual:field-guide/choices.css';

/** Serves choicesCss() as a stylesheet module: `import 'virtual:field-guide/choices.css'` (TabGroup.astro). */
export function choicesStylesheet(): Plugin {
	const resolved = `\0${CHOICES_CSS_ID}`;
	return {
		name: 'field-guide:choices-css',
		resolveId: (id) => (id === CHOICES_CSS_ID ? resolved : undefined),
		load: (id) => (id === resolved ? choicesCss() : undefined),
	};
}
