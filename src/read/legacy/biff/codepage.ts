/** Windows code pages that Excel 5/95 files name in their CODEPAGE record, as TextDecoder labels. */
const LABELS: Readonly<Record<number, string>> = {
  936: 'gbk',
  950: 'big5',
  932: 'shift_jis',
  949: 'euc-kr',
  1200: 'utf-16le',
  10000: 'macintosh',
  0x8000: 'macintosh',
};

/** What BIFF5 text needs of a TextDecoder (named so, since the CLI build has no DOM types). */
export interface Text8Decoder {
  decode(bytes: Uint8Array): string;
}

/** A decoder for BIFF5's one-byte text; Chinese Excel 95 wrote GBK (936), the default is 1252. */
export function codePageDecoder(codePage: number | undefined): Text8Decoder {
  const label =
    codePage === undefined
      ? 'windows-1252'
      : (LABELS[codePage] ??
        (codePage >= 874 && codePage <= 1258 ? `windows-${codePage}` : 'windows-1252'));
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('windows-1252');
  }
}
