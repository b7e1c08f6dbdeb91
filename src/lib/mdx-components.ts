/**
 * Build-time rules for the components MDX authors use. The MDX pipeline calls
 * `componentProblem` for every component element (see mdx-plugins.ts), so a
 * wrong label, slot or type stops the build with the file named, instead of
 * rendering a broken page.
 */
export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'correction'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export const FRAMEWORK_SLOTS = ['pytorch', 'tensorflow'] as const;

/** What the validator needs to know about one element written in MDX. */
export interface ComponentUse {
	name: string;
	/** String attributes; an attribute given as an expression has the value `undefined`. */
	attributes: Record<string, string | undefined>;
	/** Child elements, in order (text between them is ignored when it is only white space). */
	children: { name: string; slot: string | undefined }[];
	/** True when the element has non-white-space text directly inside it. */
	hasLooseText: boolean;
}

export const AUTHOR_COMPONENTS = ['FrameworkTabs', 'Tabs', 'Tab', 'Callout', 'InShort'] as const;

/** Elements the pipeline itself writes into MDX (src/build/mdx-plugins.ts, codeFences), not authors. */
const PIPELINE_COMPONENTS = ['HighlightedCode'];

/**
 * For an element that is not one of the five: a sentence naming the ones that
 * exist, or `null` for plain HTML (lowercase tags) and fragments. Capitalised
 * names are components; without this check Astro fails only while rendering,
 * saying the component was not imported, which authors never need to do.
 */
export function unknownComponentProblem(name: string): string | null {
	if (name === '' || !/^[A-Z]/.test(name) || (AUTHOR_COMPONENTS as readonly string[]).includes(name) || PIPELINE_COMPONENTS.includes(name)) return null;
	const hint = /aside|admonition|note|warning|tip|caution/i.test(name) ? ' For a note or warning, write <Callout type="note"> (types: note, tip, warning, correction).' : /tabitem/i.test(name) ? ' A tab is <Tab label="…"> inside <Tabs>.' : '';
	return `<${name}> is not a component of this site. Articles can use ${AUTHOR_COMPONENTS.map((c) => `<${c}>`).join(', ')}, with no import.${hint}`;
}

/** Returns a sentence describing what is wrong, or `null` when the element is fine. */
export function componentProblem(use: ComponentUse): string | null {
	switch (use.name) {
		case 'FrameworkTabs': {
			const slots = use.children.map((child) => child.slot);
			const unknown = slots.find((slot) => slot === undefined || !(FRAMEWORK_SLOTS as readonly string[]).includes(slot));
			if (unknown !== undefined || slots.includes(undefined)) {
				return `<FrameworkTabs> has a child with ${unknown === undefined ? 'no slot' : `unknown slot "${unknown}"`}; every child must be <div slot="pytorch"> or <div slot="tensorflow">`;
			}
			if (use.hasLooseText) return '<FrameworkTabs> may only contain <div slot="pytorch"> and <div slot="tensorflow">';
			for (const slot of FRAMEWORK_SLOTS) {
				const count = slots.filter((s) => s === slot).length;
				if (count !== 1) return `<FrameworkTabs> needs exactly one slot="${slot}" (found ${count})`;
			}
			return null;
		}
		case 'Tabs': {
			if (use.hasLooseText || use.children.some((child) => child.name !== 'Tab')) return '<Tabs> may only contain <Tab label="…"> elements';
			if (use.children.length < 2) return '<Tabs> needs at least two <Tab> elements';
			return null;
		}
		case 'Tab': {
			const label = use.attributes.label;
			if (label === undefined || label.trim() === '') return '<Tab> is missing its `label` (write <Tab label="Linux">)';
			return null;
		}
		case 'Callout': {
			const type = use.attributes.type;
			if (type === undefined || !(CALLOUT_TYPES as readonly string[]).includes(type)) {
				return `<Callout> has type "${type ?? ''}"; use one of ${CALLOUT_TYPES.join(', ')}`;
			}
			return null;
		}
		default:
			return null;
	}
}
