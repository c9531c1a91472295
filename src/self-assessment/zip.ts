/**
 * Just enough of the ZIP format (PKWARE APPNOTE 6.3) to read and write a Word document: the end
 * of central directory record, the central directory, local headers, and entries stored (method 0)
 * or deflated (method 8). Inflating is the caller's: the reader is given an `inflateRaw`, so that
 * this module has no dependency and imports nothing from Node (Node's is `zlib.inflateRawSync`).
 * Every offset and size is checked against the bytes before it is used, and inflated sizes are
 * capped, so a hostile file gives an error, not a crash or a hang.
 */

/**
 * Inflates raw DEFLATE data (RFC 1951), producing at most `maxOutputLength` bytes (more is an
 * error). In Node: `(data, max) => zlib.inflateRawSync(data, { maxOutputLength: max })`.
 *
 * @example
 * ```ts
 * import { inflateRawSync } from 'node:zlib';
 * const inflateRaw: InflateRaw = (data, max) => inflateRawSync(data, { maxOutputLength: max });
 * ```
 */
export type InflateRaw = (data: Uint8Array, maxOutputLength: number) => Uint8Array;

/** Why a ZIP file could not be read. */
export class ZipError extends Error {}

function u16(b: Uint8Array, i: number): number {
  return (b[i] as number) | ((b[i + 1] as number) << 8);
}
function u32(b: Uint8Array, i: number): number {
  return ((b[i] as number) | ((b[i + 1] as number) << 8) | ((b[i + 2] as number) << 16) | ((b[i + 3] as number) << 24)) >>> 0;
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** The entries of a ZIP archive, read from its central directory. */
export interface ZipReader {
  readonly names: readonly string[];
  /** The bytes of an entry, or `undefined` when there is none by that name. */
  read(name: string, maxSize: number): Uint8Array | undefined;
}

const latin1 = (b: Uint8Array): string => String.fromCharCode(...b);

/** Opens a ZIP archive. Throws a {@link ZipError} saying what is wrong with it. */
export function openZip(bytes: Uint8Array, inflateRaw: InflateRaw): ZipReader {
  if (bytes.length < 22 || u32(bytes, 0) !== 0x04034b50) throw new ZipError('it is not a ZIP file (a .docx is one): it does not start with a ZIP header');
  // The end of central directory record: 22 bytes, then a comment of up to 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new ZipError('the ZIP file is cut short: it has no end of central directory record');
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('the ZIP file uses ZIP64, which a Word document never needs');
  if (cdOffset + cdSize > eocd) throw new ZipError('the ZIP file is damaged: its central directory lies outside the file');
  const entries = new Map<string, Entry>();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) throw new ZipError(`the ZIP file is damaged: central directory entry ${k + 1} is not where it should be`);
    const flags = u16(bytes, p + 8);
    const nameLength = u16(bytes, p + 28);
    const end = p + 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    if (end > eocd) throw new ZipError(`the ZIP file is damaged: central directory entry ${k + 1} runs past its end`);
    const raw = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = flags & 0x800 ? new TextDecoder().decode(raw) : latin1(raw);
    entries.set(name, {
      name,
      method: u16(bytes, p + 10),
      flags,
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    });
    p = end;
  }
  return {
    names: [...entries.keys()],
    read(name, maxSize) {
      const e = entries.get(name);
      if (e === undefined) return undefined;
      if (e.flags & 1) throw new ZipError(`${name} is encrypted; save the document without a password`);
      const h = e.localOffset;
      if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw new ZipError(`the ZIP file is damaged: the header of ${name} is not where the directory says`);
      const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
      const data = bytes.subarray(start, start + e.compressedSize);
      if (start + e.compressedSize > bytes.length) throw new ZipError(`the ZIP file is cut short: ${name} runs past its end`);
      if (e.size > maxSize) throw new ZipError(`${name} is ${e.size} bytes once unpacked, more than the ${maxSize} allowed`);
      if (e.method === 0) return data;
      if (e.method !== 8) throw new ZipError(`${name} is compressed with method ${e.method}; only stored (0) and deflated (8) entries are read`);
      let out: Uint8Array;
      try {
        out = inflateRaw(data, maxSize);
      } catch (err) {
        throw new ZipError(`${name} cannot be unpacked (${err instanceof Error ? err.message : String(err)}): the file is damaged or larger than the ${maxSize} bytes allowed`);
      }
      return out;
    },
  };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (ISO 3309, the ZIP checksum). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Writes a ZIP archive of stored (uncompressed) entries: valid for every ZIP reader, Word
 * included, and needing no compressor.
 */
export function writeZip(files: readonly { readonly name: string; readonly data: Uint8Array }[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const f of files) {
    const name = enc.encode(f.name);
    const crc = crc32(f.data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true); // version needed: 2.0
    lv.setUint16(6, 0x800, true); // names in UTF-8
    lv.setUint16(8, 0, true); // stored
    lv.setUint16(10, 0, true); // time
    lv.setUint16(12, 0x21, true); // date: 1980-01-01, fixed so the output does not depend on the clock
    lv.setUint32(14, crc, true);
    lv.setUint32(18, f.data.length, true);
    lv.setUint32(22, f.data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, 0, true);
    cv.setUint16(12, 0, true);
    cv.setUint16(14, 0x21, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, f.data.length, true);
    cv.setUint32(24, f.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, f.data);
    centrals.push(central);
    offset += local.length + f.data.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, files.length, true);
  ev.setUint16(10, files.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
