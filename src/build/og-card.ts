import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { fingerprint } from './pipeline';
import { encodePng } from './png';

/**
 * Open Graph cards: a 1200 x 630 PNG per article, drawn at build time by
 * src/pages/og/[slug].png.ts with Skia (@napi-rs/canvas) in the Inter font,
 * which ships in an npm package (the site itself uses system fonts only).
 * Nothing is fetched.
 *
 * Drawing a card on one reused canvas takes well under a millisecond; resvg,
 * which drew them from SVG before, spent about 17 ms of CPU per card on the
 * 1200 x 630 pixmap alone, and the 1,001 cards of a 1,000-article build took
 * about a third of its time (see ARCHITECTURE.md, "Performance").
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface Card {
	title: string;
	topic: string;
	site: string;
}

/**
 * Greedy word wrap into lines that `fits`; a word that does not fit on a line
 * of its own is cut, so an unbroken title cannot run off the card. Past
 * `maxLines`, the last line ends with an ellipsis (shortened until it fits).
 */
export function wrapText(text: string, fits: (line: string) => boolean, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean).flatMap((w) => pieces(w, fits))) {
		const joined = line === '' ? word : `${line} ${word}`;
		if (line !== '' && !fits(joined)) {
			lines.push(line);
			line = word;
		} else {
			line = joined;
		}
	}
	if (line !== '') lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = Array.from(kept[maxLines - 1] ?? '');
	while (last.length > 0 && !fits(`${last.join('').trimEnd()}…`)) last = last.slice(0, -1);
	kept[maxLines - 1] = `${last.join('').trimEnd()}…`;
	return kept;
}

/** A word cut into the longest pieces that fit (at least one character each). */
function pieces(word: string, fits: (line: string) => boolean): string[] {
	if (fits(word)) return [word];
	const chars = Array.from(word);
	const out: string[] = [];
	let piece = '';
	for (const char of chars) {
		if (piece !== '' && !fits(piece + char)) {
			out.push(piece);
			piece = '';
		}
		piece += char;
	}
	if (piece !== '') out.push(piece);
	return out;
}

const require = createRequire(import.meta.url);
const FONTS = ['@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf', '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'];
/** The cards' font family, registered under its own name so that an installed "Inter" is never used instead. */
const FAMILY = 'Field Guide Card Inter';
const MARGIN = 80;
const TEXT_WIDTH = OG_WIDTH - 2 * MARGIN;
const COLOURS = { background: '#0f1216', accent: '#8ab4ff', muted: '#a3acb9', title: '#e6e8eb' };

/**
 * What decides a card's pixels besides its text (which keys each card): this module, the PNG writer, the card
 * route and the packages' versions. It names the card store's folder (storeDir in file-cache.ts).
 */
export function cardSetup(root: string): string {
	return fingerprint(root, { files: ['src/build/og-card.ts', 'src/build/png.ts', 'src/pages/og/[slug].png.ts'], packages: ['@napi-rs/canvas', '@expo-google-fonts/inter'] });
}

let canvas: SKRSContext2D | undefined;

/** One canvas for every card of the build (a new 1200 x 630 one costs more than drawing on it), with the fonts registered once. */
function context(): SKRSContext2D {
	if (canvas) return canvas;
	for (const font of FONTS) {
		const file = require.resolve(font);
		if (!GlobalFonts.registerFromPath(file, FAMILY)) throw new Error(`Open Graph cards: could not load the font ${file}`);
	}
	canvas = createCanvas(OG_WIDTH, OG_HEIGHT).getContext('2d');
	return canvas;
}

/** The branded card as a PNG: site name, topic, title (up to three lines), and the two frameworks. */
export function drawCard({ title, topic, site }: Card): Buffer {
	const c = context();
	c.fillStyle = COLOURS.background;
	c.fillRect(0, 0, OG_WIDTH, OG_HEIGHT);
	c.fillStyle = COLOURS.accent;
	c.fillRect(0, 0, 16, OG_HEIGHT);
	const line = (text: string, y: number, font: string, colour: string) => {
		c.font = `${font} "${FAMILY}"`;
		c.fillStyle = colour;
		c.fillText(text, MARGIN, y, TEXT_WIDTH); // a line too long is narrowed to fit, never cut
	};
	line(site, 110, '700 34px', COLOURS.accent);
	line(topic, 170, '400 30px', COLOURS.muted);
	c.font = `700 68px "${FAMILY}"`;
	const lines = wrapText(title, (text) => c.measureText(text).width <= TEXT_WIDTH, 3);
	lines.forEach((text, i) => line(text, 330 - (lines.length - 1) * 40 + i * 80, '700 68px', COLOURS.title));
	line('PyTorch · TensorFlow · checked for 2026, with sources', 560, '400 30px', COLOURS.muted);
	return encodePng(c.canvas.data(), OG_WIDTH, OG_HEIGHT);
}
