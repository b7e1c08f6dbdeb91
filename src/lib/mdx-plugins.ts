import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defineHastPlugin } from 'satteri';
import type { HastPluginEntry } from 'satteri';
import { AUTHOR_COMPONENTS, componentProblem, type ComponentUse } from './mdx-components';
import { rebaseHref } from './urls';

interface JsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}
interface JsxNode {
	type: string;
	name?: string | null;
	tagName?: string;
	value?: string;
	attributes?: JsxAttribute[];
	children?: JsxNode[];
}

function fileName(url: URL | undefined): string {
	return url ? relative(process.cwd(), fileURLToPath(url)) : '(unknown file)';
}

function describe(node: JsxNode): ComponentUse {
	const attributes: Record<string, string | undefined> = {};
	for (const attribute of node.attributes ?? []) {
		if (attribute.type === 'mdxJsxAttribute' && attribute.name) {
			attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : undefined;
		}
	}
	const children: ComponentUse['children'] = [];
	let hasLooseText = false;
	for (const child of node.children ?? []) {
		if (child.type === 'text') {
			if ((child.value ?? '').trim() !== '') hasLooseText = true;
		} else if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement' || child.type === 'element') {
			const slot = child.attributes?.find((a) => a.name === 'slot')?.value;
			children.push({ name: child.name ?? child.tagName ?? '', slot: typeof slot === 'string' ? slot : undefined });
		}
	}
	return { name: node.name ?? '', attributes, children, hasLooseText };
}

/** Fails the build, naming the file, when an author component is used wrongly. */
export const validateComponents = defineHastPlugin({
	name: 'field-guide:validate-components',
	mdxJsxFlowElement: {
		filter: [...AUTHOR_COMPONENTS],
		visit(node, ctx) {
			const problem = componentProblem(describe(node as unknown as JsxNode));
			if (problem !== null) throw new Error(`${fileName(ctx.fileURL)}: ${problem}`);
		},
	},
});

/** Prefixes root-relative links written in Markdown (`/debugging/`) with the site's base path. */
export function rebaseLinks(base: string): HastPluginEntry {
	if (base === '/' || base === '') return null;
	return defineHastPlugin({
		name: 'field-guide:rebase-links',
		element: {
			filter: ['a', 'img'],
			visit(node, ctx) {
				const attribute = node.tagName === 'a' ? 'href' : 'src';
				const value = node.properties[attribute];
				if (typeof value === 'string') ctx.setProperty(node, attribute, rebaseHref(value, base));
			},
		},
	});
}
