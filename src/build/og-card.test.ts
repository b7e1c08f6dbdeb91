import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawCard, OG_HEIGHT, OG_WIDTH, wrapText } from './og-card';

/** A line fits when it has at most `n` characters (code points). */
const chars = (n: number) => (line: string) => Array.from(line).length <= n;

describe('wrapText', () => {
	it('wraps at word boundaries', () => expect(wrapText('Computational graphs: tf.function and torch.compile', chars(28), 3)).toEqual(['Computational graphs:', 'tf.function and', 'torch.compile']));
	it('ends with an ellipsis when it runs out of lines, still fitting', () => {
		const lines = wrapText('one two three four five six seven eight nine ten', chars(9), 2);
		expect(lines).toEqual(['one two', 'three…']);
		expect(wrapText('abcdefghi abcdefghi abcdefghi', chars(9), 2)).toEqual(['abcdefghi', 'abcdefgh…']);
	});
	it('cuts a word longer than a line, so the title stays inside the card', () => {
		const lines = wrapText(`Tensor${'x'.repeat(100)}`, chars(28), 3);
		expect(lines).toHaveLength(3);
		for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(28);
		expect(lines[2]?.endsWith('…')).toBe(true);
	});
	it('keeps a short title that has one long word on its lines', () => {
		expect(wrapText('See torch.distributed.elastic.multiprocessing', chars(28), 3)).toEqual(['See', 'torch.distributed.elastic.mu', 'ltiprocessing']);
	});
	it('gives no lines for an empty title', () => expect(wrapText('  ', chars(10), 3)).toEqual([]));
});

/** The RGBA pixels of one of encodePng's PNGs (8-bit RGBA, filter 0 on every row). */
function pixels(png: Buffer): { width: number; height: number; at: (x: number, y: number) => string } {
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	const idat: Buffer[] = [];
	for (let at = 8; at < png.length; ) {
		const length = png.readUInt32BE(at);
		if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
		at += 12 + length;
	}
	const rows = inflateSync(Buffer.concat(idat));
	const at = (x: number, y: number) => {
		const i = y * (width * 4 + 1) + 1 + x * 4;
		return `#${[...rows.subarray(i, i + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
	};
	return { width, height, at };
}

describe('drawCard', () => {
	it('draws a 1200 x 630 PNG: background, accent bar and title text', () => {
		const card = pixels(drawCard({ title: 'Computational graphs', topic: 'Foundations', site: 'Field Guide' }));
		expect([card.width, card.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
		expect(card.at(OG_WIDTH - 1, OG_HEIGHT - 1)).toBe('#0f1216');
		expect(card.at(8, 300)).toBe('#8ab4ff');
		// Right of the accent bar, the title's row has text pixels; the blank row under the footer has none.
		const text = (y: number) => Array.from({ length: OG_WIDTH - 16 }, (_, x) => card.at(16 + x, y)).filter((c) => c !== '#0f1216').length;
		expect(text(310)).toBeGreaterThan(50);
		expect(text(600)).toBe(0);
	});

	it('draws each card from its own text, the same each time on the shared canvas', () => {
		const titles = ['One', 'Two words', 'A much longer title that wraps onto a second line of the card'];
		const cards = titles.map((title) => drawCard({ title, topic: 'Foundations', site: 'Field Guide' }));
		const again = titles.map((title) => drawCard({ title, topic: 'Foundations', site: 'Field Guide' }));
		expect(new Set(cards.map((png) => png.toString('base64'))).size).toBe(3);
		for (const [i, png] of cards.entries()) expect(png.equals(again[i] ?? Buffer.alloc(0))).toBe(true);
	});
});
