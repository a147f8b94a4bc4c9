import Papa from 'papaparse';

/**
 * CSV for spreadsheets, safe against formula injection: a cell that a spreadsheet would run as a
 * formula (starting with = + - @, or with a tab or line break, after any spaces; the full-width
 * forms too) gets a leading apostrophe, so it shows as the text it is. Names and notes are typed
 * by people, so every cell is treated this way, including headers.
 */
const FORMULA_START = /^(?:[\t\r\n]|[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20])/u;

export type CsvCell = string | number;

/** Rows to CSV text: CRLF line ends, quoted where needed, with a byte-order mark so spreadsheets read UTF-8 accents. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const text = Papa.unparse([header.map(String), ...rows.map((row) => row.map(String))], {
    escapeFormulae: FORMULA_START,
    newline: '\r\n',
    quotes: false,
  });
  return `\uFEFF${text}`;
}

/** Whether a cell would start a formula in a spreadsheet if written as it is. */
export function startsFormula(cell: string): boolean {
  return FORMULA_START.test(cell);
}
