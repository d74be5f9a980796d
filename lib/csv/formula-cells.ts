/**
 * Spreadsheet formula injection (CWE-1236): Excel, LibreOffice and Google Sheets run a cell that starts with one of
 * these characters as a formula (`=HYPERLINK(…)`, `+1+cmd|…`, `@SUM(…)`, `=DDE(…)`), so every CSV Sightline writes
 * prefixes such a text cell with a `'`, which spreadsheets read as "this is text" (OWASP's advice). Numbers in
 * numeric columns are left alone: only free-text cells are rewritten. One list of characters, used by the JS writers
 * below and by the SQL the export's COPY runs (formulaSafeSql).
 */
export const FORMULA_START_CHARACTERS = ["=", "+", "-", "@", "\t", "\r"] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** How a CSV's text cells are written: "safe" (the default) neutralises formulas; "raw" is byte-for-byte as stored. */
export const CSV_CELL_MODES = ["safe", "raw"] as const;
export type CsvCellMode = (typeof CSV_CELL_MODES)[number];

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const sqlLiteral = (character: string) => (character === "\t" ? "E'\\t'" : character === "\r" ? "E'\\r'" : `'${character}'`);

/**
 * The same rule as a SQL expression over a text expression, so PostgreSQL applies it while it formats the CSV
 * (no per-cell JavaScript on the COPY path). NULL stays NULL.
 */
export function formulaSafeSql(expression: string): string {
  const starts = FORMULA_START_CHARACTERS.map(sqlLiteral).join(", ");
  return `CASE WHEN left(${expression}, 1) IN (${starts}) THEN '''' || ${expression} ELSE ${expression} END`;
}

/** The UTF-8 byte order mark: Excel reads a CSV as UTF-8 (Polish, Cyrillic) only when the file starts with it. */
export const UTF8_BOM = "\uFEFF";
