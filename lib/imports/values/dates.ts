/**
 * Date cells in the formats spreadsheets and exports use. Slash dates are ambiguous (3/4/2020), so the format is
 * a property of the column: the profiler picks one from the first values (a day > 12 settles it) and the mapping
 * records it, so every row of a column is read the same way.
 */
export const DATE_FORMATS = ["iso", "m/d/yyyy", "d/m/yyyy", "d.m.yyyy", "epoch_s", "epoch_ms"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

const ISO = /^\d{4}-\d{2}(-\d{2})?([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC)?)?$/i;
const SEPARATED = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const EPOCH = /^\d{9,13}(\.\d+)?$/;

/** The date a cell holds in `format` (UTC for dates without a zone), or null. */
export function parseDate(cell: string, format: DateFormat): Date | null {
  const text = cell.trim();
  if (format === "iso") {
    if (!ISO.test(text)) return null;
    const d = new Date(/[T ]\d/.test(text) && !/(Z|[+-]\d{2}:?\d{2}|UTC)$/i.test(text) ? `${text.replace(" ", "T")}Z` : text.replace(/ ?UTC$/i, "Z"));
    return valid(d);
  }
  if (format === "epoch_s" || format === "epoch_ms") {
    if (!EPOCH.test(text)) return null;
    return valid(new Date(Number(text) * (format === "epoch_s" ? 1000 : 1)));
  }
  const m = SEPARATED.exec(text);
  if (!m) return null;
  const dotted = m[2] === ".";
  if ((format === "d.m.yyyy") !== dotted) return null;
  const [a, b] = [Number(m[1]), Number(m[3])];
  const [month, day] = format === "m/d/yyyy" ? [a, b] : [b, a];
  let year = Number(m[4]);
  if (m[4].length === 2) year += year < 70 ? 2000 : 1900;
  let hour = m[5] ? Number(m[5]) : 0;
  if (m[8]) hour = (hour % 12) + (/p/i.test(m[8]) ? 12 : 0);
  const d = new Date(Date.UTC(year, month - 1, day, hour, m[6] ? Number(m[6]) : 0, m[7] ? Number(m[7]) : 0));
  // Date.UTC rolls 31/02 over into March: refuse instead.
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? valid(d) : null;
}

function valid(d: Date): Date | null {
  const t = d.getTime();
  // Years 1900–2200: an epoch column of small ids must not read as dates in 1970.
  return Number.isNaN(t) || t < -2208988800000 || t > 7258118400000 ? null : d;
}

/** The format that reads most of `cells`, preferring the unambiguous; null when fewer than half read as dates. */
export function detectDateFormat(cells: readonly string[]): { format: DateFormat; share: number } | null {
  if (!cells.length) return null;
  let best: { format: DateFormat; share: number } | null = null;
  for (const format of DATE_FORMATS) {
    let ok = 0;
    for (const c of cells) if (parseDate(c, format)) ok++;
    const share = ok / cells.length;
    // Ties keep the earlier format: ISO first, then m/d (US exports) before d/m unless a day > 12 decides.
    if (share > (best?.share ?? 0)) best = { format, share };
  }
  return best && best.share >= 0.5 ? best : null;
}
