/**
 * Spreadsheet cells that hold lists, in the shapes people actually export: JSON arrays (`["UA","BY"]`), Python
 * reprs from pandas (`['Ukraine', 'Belarus']`), and `a; b` or `a|b`. Commas are deliberately *not* a separator:
 * "Korea, Republic of" and narrative titles contain them. Values that are already arrays pass through.
 */
export function parseListCell(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => (v === null || v === undefined ? [] : [String(v).trim()])).filter(Boolean);
  const text = String(value).trim();
  if (!text) return [];
  if (text.startsWith("[") && text.endsWith("]")) {
    const parsed = parseBracketed(text);
    if (parsed) return parsed;
  }
  const separator = text.includes(";") ? ";" : text.includes("|") ? "|" : null;
  const parts = separator ? text.split(separator) : [text];
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
