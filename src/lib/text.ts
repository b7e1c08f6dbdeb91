/** Splits text with `inline code` (backticks, as data files write it) into parts to render. */
export function inlineCodeParts(text: string): { text: string; code: boolean }[] {
	return text
		.split(/(`[^`]+`)/)
		.filter((part) => part !== '')
		.map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 2 ? { text: part.slice(1, -1), code: true } : { text: part, code: false }));
}
