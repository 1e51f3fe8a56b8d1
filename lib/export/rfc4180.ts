/**
 * A strict RFC 4180 reader, for tests: records end in CRLF, a field is either bare (no quote,
 * comma, CR or LF) or wholly quoted with quotes doubled. Anything else throws, so a test that
 * parses our CSV back proves the file is well-formed, not just that a lenient reader coped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const fail = (why: string) => {
    throw new Error(`CSV not RFC 4180 at offset ${i}: ${why}`);
  };
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) fail("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && !/[,\r\n]/.test(text[i])) {
        if (text[i] === '"') fail("quote inside an unquoted field");
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ",") {
      i += 1;
      continue;
    }
    if (text.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    if (i >= text.length) {
      rows.push(row);
      break;
    }
    fail(`unexpected ${JSON.stringify(text[i])} after a field`);
  }
  // "a,b," ends on an empty field the loop never starts.
  if (text.endsWith(",")) rows.push([...row, ""]);
  return rows;
}
