import { createCssVariablesTheme, type ShikiTransformer } from 'shiki';
import { transformerMetaHighlight, transformerNotationDiff } from '@shikijs/transformers';
import type { Element, Root, RootContent } from 'hast';

/**
 * Shiki writes colours as inline `style` attributes, which a strict
 * Content-Security-Policy (no 'unsafe-inline' for styles) refuses. With the
 * CSS-variables theme every colour is one of a dozen `var(--shiki-token-*)`
 * values, so each maps to a class (`t-keyword`) whose light and dark colours
 * live in global.css. An unknown declaration fails the build rather than
 * shipping a style attribute.
 */
export function styleToClasses(style: string): string[] {
	const classes: string[] = [];
	for (const declaration of style.split(';')) {
		const [rawProp, ...rest] = declaration.split(':');
		const prop = rawProp?.trim().toLowerCase() ?? '';
		const value = rest.join(':').trim();
		if (prop === '') continue;
		if (prop === 'color' || prop === 'background-color') {
			const token = /^var\(--shiki-(token-[a-z-]+|foreground|background)\)$/.exec(value)?.[1];
			if (token === undefined) throw new Error(`Unexpected Shiki colour "${value}": use the css-variables theme`);
			if (token.startsWith('token-')) classes.push(`t-${token.slice('token-'.length)}`);
			continue;
		}
		if (prop === 'font-style' && value === 'italic') classes.push('t-italic');
		else if (prop === 'font-weight' && value === 'bold') classes.push('t-bold');
		else if (prop === 'text-decoration' && value === 'underline') classes.push('t-underline');
		else throw new Error(`Unexpected Shiki style "${declaration.trim()}"`);
	}
	return classes;
}

function moveStyleToClass(node: Element): void {
	const style = node.properties.style;
	if (typeof style !== 'string') return;
	delete node.properties.style;
	const extra = styleToClasses(style);
	if (extra.length === 0) return;
	const existing: unknown = node.properties.className;
	const list = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(' ') : [];
	node.properties.className = [...list, ...extra];
}

function walk(node: Root | RootContent, visit: (element: Element) => void): void {
	if (node.type === 'element') visit(node);
	if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** Replaces every inline style Shiki produced with classes. Runs last, after the other transformers. */
export function transformerStyleClasses(): ShikiTransformer {
	return {
		name: 'field-guide:style-classes',
		root(root) {
			walk(root, moveStyleToClass);
		},
	};
}

/** Reads `title="train.py"` (or title='…') from a code fence's meta string. */
export function parseTitle(meta: string | undefined): string | undefined {
	if (!meta) return undefined;
	const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta);
	const title = match?.[1] ?? match?.[2];
	return title === undefined || title.trim() === '' ? undefined : title.trim();
}

/**
 * Wraps the block with a bar holding its title (or language) and a copy
 * button; a titled block becomes a <figure> captioned by its title. The button is inert markup until the copy script runs;
 * CSS hides it when scripts are off.
 */
export function transformerCodeFrame(): ShikiTransformer {
	return {
		name: 'field-guide:code-frame',
		root(root) {
			const pre = root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'pre');
			if (!pre) return;
			const title = parseTitle(this.options.meta?.__raw);
			const lang = this.options.lang;
			const label: Element =
				title === undefined
					? { type: 'element', tagName: 'span', properties: { className: ['code__lang'] }, children: [{ type: 'text', value: lang }] }
					: { type: 'element', tagName: 'span', properties: { className: ['code__title'] }, children: [{ type: 'text', value: title }] };
			const copy: Element = {
				type: 'element',
				tagName: 'button',
				properties: { type: 'button', className: ['code__copy'], dataCopy: '', ariaLabel: title === undefined ? `Copy ${lang} code` : `Copy ${title}` },
				children: [{ type: 'text', value: 'Copy' }],
			};
			// A titled block is a <figure> captioned by its title; an untitled one is a plain wrapper.
			const bar: Element = { type: 'element', tagName: title === undefined ? 'div' : 'figcaption', properties: { className: ['code__bar'], dataPagefindIgnore: '' }, children: [label, copy] };
			root.children = [{ type: 'element', tagName: title === undefined ? 'div' : 'figure', properties: { className: ['code'], dataLang: lang }, children: [bar, pre] }];
		},
	};
}

/** The site's one Shiki setup, shared by Markdown (astro.config.mjs) and <CodeBlock> (components). */
export const SHIKI_THEME = createCssVariablesTheme({ name: 'css-variables', variablePrefix: '--shiki-', fontStyle: true });

export function shikiTransformers(): ShikiTransformer[] {
	return [transformerMetaHighlight(), transformerNotationDiff(), transformerCodeFrame(), transformerStyleClasses()];
}
