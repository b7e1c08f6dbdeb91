import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png';

describe('encodePng', () => {
	it('writes the signature, an RGBA header, the rows (filter 0) and the end, each chunk with its CRC', () => {
		const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 1, 2, 3, 4]); // 2 x 2
		const png = encodePng(rgba, 2, 2);
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(png.toString('latin1', 12, 16)).toBe('IHDR');
		expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([2, 2, 8, 6]);
		// The IHDR's CRC, as given for this header by the PNG specification's algorithm (zlib's crc32).
		expect(png.readUInt32BE(29)).toBe(crc32(png.subarray(12, 29)));
		const idatLength = png.readUInt32BE(33);
		expect(png.toString('latin1', 37, 41)).toBe('IDAT');
		expect([...inflateSync(png.subarray(41, 41 + idatLength))]).toEqual([0, 255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 0, 255, 255, 1, 2, 3, 4]);
		expect(png.toString('latin1', png.length - 8, png.length - 4)).toBe('IEND');
	});

	it('gives each image its own PNG, though it reuses its row buffer', () => {
		const first = encodePng(new Uint8Array(4).fill(9), 1, 1);
		const second = encodePng(new Uint8Array(4).fill(7), 1, 1);
		const pixels = (png: Buffer) => [...inflateSync(png.subarray(41, 41 + png.readUInt32BE(33)))];
		expect(pixels(first)).toEqual([0, 9, 9, 9, 9]);
		expect(pixels(second)).toEqual([0, 7, 7, 7, 7]);
		expect(pixels(encodePng(new Uint8Array(8).fill(5), 2, 1))).toEqual([0, 5, 5, 5, 5, 5, 5, 5, 5]);
	});

	it('names the mismatch when the pixels are not width x height', () => {
		expect(() => encodePng(new Uint8Array(12), 2, 2)).toThrow('encodePng: 12 bytes are not 2 x 2 RGBA pixels');
	});
});
