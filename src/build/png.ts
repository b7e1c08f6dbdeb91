import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const tail = Buffer.alloc(4);
	tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
	return Buffer.concat([head, data, tail]);
}

/** The rows of the last image, kept for the next one of the same size (see encodePng). */
let rows = Buffer.alloc(0);

/**
 * A PNG (8-bit RGBA, no filter) of `rgba`, `width` x `height` pixels, row by row.
 *
 * Why not the canvas's own encoder: Skia's PNG (zlib level 6 with adaptive
 * filters) took about 20 ms of CPU per 1200 x 630 card. Unfiltered rows at
 * level 3 compress a card's flat colours to 60-65 KB in about 2 ms. It runs on
 * the calling thread into one reused buffer: on the 2-core build machine, 200
 * cards took 4 to 10 ms each that way, and 10 to 21 ms each with a new buffer per
 * card deflated on libuv's thread pool (allocating 3 MB per card cost more than
 * the threads gained).
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
	const stride = width * 4;
	if (rgba.length !== stride * height) throw new Error(`encodePng: ${rgba.length} bytes are not ${width} x ${height} RGBA pixels`);
	if (rows.length !== (stride + 1) * height) rows = Buffer.alloc((stride + 1) * height); // each row: filter type 0, then its pixels
	for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per channel
	header[9] = 6; // colour type: RGBA
	return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 3 })), chunk('IEND', new Uint8Array(0))]);
}
