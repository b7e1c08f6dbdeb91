/**
 * Open Graph cards (1200 x 630 PNG, one per article) are drawn as SVG here and
 * rasterised at build time by src/pages/og/[slug].png.ts. Nothing is fetched.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** A word cut into pieces of at most `width` characters (code points), so an unbroken title cannot run off the card. */
function pieces(word: string, width: number): string[] {
	const chars = Array.from(word);
	const out: string[] = [];
	for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
	return out;
}

/**
 * Greedy word wrap to lines of at most `width` characters (a word longer than
 * a line is cut); past `maxLines`, the last line ends with an ellipsis.
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean).flatMap((w) => pieces(w, width))) {
		if (line !== '' && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line === '' ? word : `${line} ${word}`;
		}
	}
	if (line !== '') lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1] ?? '';
	kept[maxLines - 1] = `${Array.from(last).slice(0, Math.max(0, width - 1)).join('').trimEnd()}…`;
	return kept;
}

/** The branded card: site name, topic, title (up to three lines), and the two frameworks. */
export function ogSvg({ title, topic, site }: { title: string; topic: string; site: string }): string {
	const lines = wrapText(title, 28, 3);
	const titleY = 330 - (lines.length - 1) * 40;
	const tspans = lines.map((line, i) => `<tspan x="80" dy="${i === 0 ? 0 : 80}">${escapeXml(line)}</tspan>`).join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
		`<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#0f1216"/>`,
		`<rect width="16" height="${OG_HEIGHT}" fill="#8ab4ff"/>`,
		`<text x="80" y="110" font-family="Inter" font-size="34" font-weight="700" fill="#8ab4ff">${escapeXml(site)}</text>`,
		`<text x="80" y="170" font-family="Inter" font-size="30" fill="#a3acb9">${escapeXml(topic)}</text>`,
		`<text x="80" y="${titleY}" font-family="Inter" font-size="68" font-weight="700" fill="#e6e8eb">${tspans}</text>`,
		`<text x="80" y="560" font-family="Inter" font-size="30" fill="#a3acb9">PyTorch · TensorFlow · checked for 2026, with sources</text>`,
		'</svg>',
	].join('');
}
