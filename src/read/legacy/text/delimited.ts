/**
 * Splits delimited text into records, as Excel writes "文本文件(制表符分隔)" and CSV: a field in
 * double quotes may hold the delimiter, line breaks and `""`; CRLF, LF and CR end a record. A
 * quote left open swallows the rest, as Excel reads it. Calls `onRecord` with 1-based numbers.
 */
export function splitRecords(
  text: string,
  delimiter: string,
  onRecord: (recordNumber: number, fields: string[]) => void,
): void {
  let fields: string[] = [];
  let field = '';
  let record = 1;
  let i = 0;
  const n = text.length;
  const endRecord = (): void => {
    fields.push(field);
    field = '';
    onRecord(record++, fields);
    fields = [];
  };
  while (i < n) {
    if (field === '' && text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          field += text.slice(j);
          j = n;
          break;
        }
        field += text.slice(j, q);
        if (text[q + 1] === '"') {
          field += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      i = j;
      continue;
    }
    const c = text[i];
    if (c === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      let j = i;
      while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
}
