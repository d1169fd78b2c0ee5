import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeUtf8, decodeWindows1252 } from '../../src/io/decode-text.ts';
import { ImportLog } from '../../src/io/import-log.ts';
import { bytes, WINDOWS_1252_EXPORT, WINDOWS_1252_EXPORT_TEXT } from '../fixtures/io/windows-1252-export.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function decode(input: Uint8Array | string) {
  const log = new ImportLog({ file: 'x.csv' });
  const decoded = decodeText(input, log);
  return { decoded, ...log.result() };
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark, without a warning', () => {
    const plain = decode(utf8('Område;Kontanthjælp'));
    const bom = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Område;Kontanthjælp')]));
    expect(plain.decoded).toEqual({ text: 'Område;Kontanthjælp', encoding: 'utf-8' });
    expect(bom.decoded).toEqual({ text: 'Område;Kontanthjælp', encoding: 'utf-8' });
    expect([...plain.warnings, ...bom.warnings]).toEqual([]);
  });

  it('reads a Windows-1252 export and warns at the first byte that is not UTF-8', () => {
    const { decoded, warnings, errors } = decode(WINDOWS_1252_EXPORT);
    expect(decoded).toEqual({ text: WINDOWS_1252_EXPORT_TEXT, encoding: 'windows-1252' });
    expect(errors).toEqual([]);
    // The first non-ASCII byte is å (0xE5) in "område", column 36 of line 1 (counted by hand in the fixture).
    expect(warnings).toEqual([
      {
        file: 'x.csv',
        line: 1,
        column: 36,
        pointer: '',
        message: 'byte 0xE5 is not UTF-8; the file is read as Windows-1252',
        hint: 'check æ, ø and å in the result, or save the file as UTF-8',
        severity: 'warning',
      },
    ]);
  });

  it('reads UTF-16 in both byte orders when the file starts with a byte-order mark', () => {
    const text = 'Tid;Førtidspension';
    const le = [
      0xff,
      0xfe,
      ...[...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]),
    ];
    const be = [
      0xfe,
      0xff,
      ...[...text].flatMap((char) => [char.charCodeAt(0) >> 8, char.charCodeAt(0) & 0xff]),
    ];
    expect(decode(new Uint8Array(le)).decoded).toEqual({ text, encoding: 'utf-16le' });
    expect(decode(new Uint8Array(be)).decoded).toEqual({ text, encoding: 'utf-16be' });
  });

  it('refuses an Excel workbook with a located error that says what to do', () => {
    const { decoded, errors } = decode(bytes('PK', 3, 4, 20, 0, 6, 0));
    expect(decoded).toBeUndefined();
    expect(errors.map((error) => [error.line, error.column, error.message, error.hint])).toEqual([
      [
        1,
        1,
        'the file is an Excel workbook (.xlsx), not text',
        'save it as CSV (semicolon separated) in Excel, or download the CSV or JSON-stat version',
      ],
    ]);
  });

  it('refuses a binary file at its first NUL character', () => {
    const { decoded, errors } = decode(bytes('ab\ncd', 0, 'e'));
    expect(decoded).toBeUndefined();
    expect(errors.map((error) => [error.line, error.column, error.message])).toEqual([
      [2, 3, 'the file is not a text file'],
    ]);
  });

  it('drops the byte-order mark of text given as a string', () => {
    expect(decode('\uFEFFTid;Antal').decoded?.text).toBe('Tid;Antal');
  });
});

describe('the hand-written decoders agree with the WHATWG Encoding standard', () => {
  it('decodeUtf8 accepts exactly the valid UTF-8 byte strings and decodes them the same', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    // Bytes near the multi-byte boundaries are likelier to find a disagreement than uniform bytes.
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(
        0x7f,
        0x80,
        0xbf,
        0xc0,
        0xc1,
        0xc2,
        0xdf,
        0xe0,
        0xed,
        0xef,
        0xf0,
        0xf4,
        0xf5,
        0x9f,
        0xa0,
      ),
    );
    const input = fc.oneof(
      fc.array(byte, { maxLength: 24 }).map((values) => new Uint8Array(values)),
      fc.string({ unit: 'grapheme', maxLength: 12 }).map((text) => new TextEncoder().encode(text)),
    );
    fc.assert(
      fc.property(input, (bytes) => {
        let expected: string | undefined;
        try {
          expected = strict.decode(bytes);
        } catch {
          expected = undefined;
        }
        const actual = decodeUtf8(bytes);
        expect('text' in actual ? actual.text : undefined).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('decodeWindows1252 follows the WHATWG windows-1252 index (Node 20 decodes 0x80–0x9F as Latin-1 instead)', () => {
    const all = new Uint8Array(Array.from({ length: 256 }, (_, byte) => byte));
    const text = decodeWindows1252(all);
    // 0x80–0x9F from https://encoding.spec.whatwg.org/index-windows-1252.txt; every other byte is its own code.
    expect(text.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    const others = [...all].filter((byte) => byte < 0x80 || byte > 0x9f);
    expect(others.every((byte) => text.charCodeAt(byte) === byte)).toBe(true);
    expect(decodeWindows1252(new Uint8Array([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5]))).toBe('æøåÆØÅ');
  });
});
