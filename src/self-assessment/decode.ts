/**
 * Turning the bytes of a saved form into text. Excel's "CSV (Comma delimited)" writes the
 * Windows code page (Windows-1252 in the UK), not UTF-8; "CSV UTF-8 (Comma delimited)" writes
 * UTF-8 with a byte-order mark. Bytes that are valid UTF-8 are read as UTF-8; anything else is
 * read as Windows-1252, which gives every byte a character, so nothing is lost or guessed twice.
 */
import { HousingComplaintsError } from '../core/errors.js';

/**
 * The encodings {@link decodeText} reads.
 *
 * @example
 * ```ts
 * const e: TextEncoding = 'windows-1252';
 * ```
 */
export type TextEncoding = 'utf-8' | 'windows-1252';

/**
 * Text decoded from bytes, and the encoding it was read in.
 *
 * @example
 * ```ts
 * const d: DecodedText = { text: 'Yes – see s.6', encoding: 'windows-1252' };
 * ```
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

// Windows-1252 bytes 0x80 to 0x9F (the rest of the code page is ISO-8859-1, the same numbers as
// Unicode). The five bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the
// C1 control of the same number, as the WHATWG Encoding Standard does.
// Source: WHATWG Encoding Standard, index-windows-1252.txt.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
] as const;

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    chunk.push(b >= 0x80 && b < 0xa0 ? (HIGH[b - 0x80] as number) : b);
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/**
 * Decodes the bytes of a text file: UTF-8 when they are valid UTF-8 (a byte-order mark is
 * dropped), Windows-1252 otherwise (what Excel writes for "CSV (Comma delimited)" on a UK
 * Windows machine). The result says which was used, so a caller can tell the user.
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0x93, 0x4e, 0x6f, 0x94])); // { text: '“No”', encoding: 'windows-1252' }
 * decodeText(new TextEncoder().encode('“No”')); // { text: '“No”', encoding: 'utf-8' }
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (!(bytes instanceof Uint8Array)) {
    throw new HousingComplaintsError('invalid-argument', `decodeText: bytes must be a Uint8Array, not ${bytes === null ? 'null' : typeof bytes}`, {
      path: 'bytes',
    });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
