/** How a column's cells separate their values: "auto" reads brackets, `;` and `|`; "none" keeps a cell whole. */
export const LIST_SEPARATORS = ["auto", ",", ";", "|", "none"] as const;
export type ListSeparator = (typeof LIST_SEPARATORS)[number];

/**
 * Spreadsheet cells that hold lists, in the shapes people actually export: JSON arrays (`["UA","BY"]`), Python
 * reprs from pandas (`['Ukraine', 'Belarus']`), and `a; b` or `a|b`. Commas are *not* a separator unless the
 * mapping says so for the column ("Korea, Republic of" and narrative titles contain them; the profiler proposes
 * "," only for columns whose pieces are short and repeat). Values that are already arrays pass through.
 */
export function parseListCell(value: unknown, separator: ListSeparator = "auto"): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => (v === null || v === undefined ? [] : [String(v).trim()])).filter(Boolean);
  const text = String(value).trim();
  if (!text) return [];
  if (text.startsWith("[") && text.endsWith("]")) {
    const parsed = parseBracketed(text);
    if (parsed) return parsed;
  }
  if (separator === "none") return [text];
  const by = separator !== "auto" ? separator : text.includes(";") ? ";" : text.includes("|") ? "|" : null;
  const parts = by ? text.split(by) : [text];
  return parts.map((p) => p.trim()).filter(Boolean);
}

function parseBracketed(text: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parseListCell(parsed);
  } catch {
    // not JSON: try a Python repr below
  }
  const inner = text.slice(1, -1).trim();
  if (!inner) return [];
  // Python repr: quoted items separated by commas; quotes may be ' or ", with backslash escapes.
  const items: string[] = [];
  const pattern = /\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([^,'"]+))\s*(?:,|$)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while (consumed < inner.length && (match = pattern.exec(inner)) !== null) {
    if (match[0] === "") break;
    const raw = match[1] ?? match[2] ?? match[3] ?? "";
    items.push(raw.replace(/\\(.)/g, "$1").trim());
    consumed = pattern.lastIndex;
  }
  return consumed >= inner.length ? items.filter(Boolean) : null;
}
