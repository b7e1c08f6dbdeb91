import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { rasterize } from './rasterize';

const svg = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="${fill}"/></svg>`;

describe('rasterize', () => {
	it('gives the PNG resvg gives on the main thread, for many cards at once', async () => {
		const colours = ['#000', '#f00', '#0f0', '#00f', '#fff', '#888', '#123', '#abc'];
		const pngs = await Promise.all(colours.map((colour) => rasterize(svg(colour), { fitTo: { mode: 'width', value: 80 } })));
		for (const [i, png] of pngs.entries()) {
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([80, 40]);
			expect(png.equals(new Resvg(svg(colours[i] ?? ''), { fitTo: { mode: 'width', value: 80 } }).render().asPng())).toBe(true);
		}
	}, 30_000); // starting the worker threads takes seconds on a busy machine

	it('rejects with resvg’s error for bad SVG, and goes on working', async () => {
		await expect(rasterize('<svg', {})).rejects.toThrow(/^resvg: /);
		expect((await rasterize(svg('#000'), {})).subarray(1, 4).toString()).toBe('PNG');
	});
});
