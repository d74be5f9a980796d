import { ZodError } from "zod";
import { ApiError } from "../http/errors";
import { logSightingSchema, type LogSightingInput } from "../ingest/schemas";
import { prepareSubmission, type PreparedUrls } from "../ingest/validate-submission";
import { sha256Hex } from "../text/sha256";
import { canonicaliseUrl } from "../urls/canonical-url";
import type { ImportMapping } from "./mapping";
import { countValue, enumToken, kindToken } from "./normalise-cell";
import { parseListCell } from "./parse/list-cell";
import type { TargetField } from "./target-fields";

export interface RowFailure {
  field: string;
  reason: string;
}
export type MappedRow =
  | { ok: true; input: LogSightingInput; urls: PreparedUrls; rowKey: string; columnOf: (path: string) => string }
  | { ok: false; failures: RowFailure[] };

const schema = logSightingSchema({ lenient: true });
const PARTY_FIELDS = {
  persons: ["item.personsImpersonated", "item.personsTargeted", "item.personsMentioned"],
  organizations: ["item.organizationsImpersonated", "item.organizationsTargeted", "item.organizationsMentioned"],
} as const;
const ROLES = ["impersonated", "targeted", "mentioned"] as const;

/**
 * One source row → the ingest input, validated with the lenient (import) schema. Failures name the *column* the
 * user knows ("target_country"), not the internal path; the row key makes re-runs idempotent (see row-key docs in
 * jobs/process-batch.ts).
 */
export function mapRow(values: Record<string, unknown>, mapping: ImportMapping): MappedRow {
  const cells = new Map<TargetField, unknown>();
  const columnByTarget = new Map<string, string>();
  for (const [column, target] of Object.entries(mapping.columns)) {
    if (!target) continue;
    const value = values[column];
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) continue;
    cells.set(target, value);
    columnByTarget.set(target, column);
  }
  const text = (field: TargetField) => {
    const v = cells.get(field);
    return v === undefined ? undefined : typeof v === "string" ? v : Array.isArray(v) ? v.join("; ") : String(v);
  };
  const list = (field: TargetField) => (cells.has(field) ? parseListCell(cells.get(field)) : []);

  const partyPaths: string[][] = [];
  const parties = (kind: keyof typeof PARTY_FIELDS, k: number) => {
    const refs: { name: string; role: (typeof ROLES)[number] }[] = [];
    const paths: string[] = [];
    PARTY_FIELDS[kind].forEach((field, i) => {
      for (const name of list(field)) {
        refs.push({ name, role: ROLES[i] });
        paths.push(field);
      }
    });
    partyPaths[k] = paths;
    return refs;
  };
  const handle = text("sighting.accountHandle");
  const raw = {
    item: {
      kind: cells.has("item.kind") ? kindToken(text("item.kind")!) : mapping.defaultKind,
      title: text("item.title"),
      text: text("item.text"),
      url: text("item.url"),
      platform: text("item.platform")?.toLowerCase(),
      languages: list("item.language"),
      publishedAt: text("item.publishedAt"),
      verdict: cells.has("item.verdict") ? enumToken(text("item.verdict")!) : undefined,
      manipulations: list("item.manipulations").map(enumToken),
      targetCountries: list("item.targetCountries"),
      fileSha256: text("item.fileSha256"),
      archiveUrl: text("item.archiveUrl"),
      notes: text("item.notes"),
      persons: parties("persons", 0),
      organizations: parties("organizations", 1),
      narratives: list("item.narratives"),
      techniques: list("item.techniques").map((t) => t.toUpperCase()),
      campaign: text("item.campaign")?.trim().toLowerCase(),
    },
    sighting: {
      url: text("sighting.url"),
      platform: text("sighting.platform")?.toLowerCase(),
      observedAt: text("sighting.observedAt"),
      account: handle ? { platform: text("sighting.platform") ?? text("item.platform") ?? platformOf(text("item.url")), handle } : undefined,
      views: countValue(cells.get("sighting.views")),
      shares: countValue(cells.get("sighting.shares")),
      reactions: countValue(cells.get("sighting.reactions")),
      audienceCountry: text("sighting.audienceCountry"),
      notes: text("sighting.notes"),
    },
  };
  const columnOf = (path: string) => {
    const m = /^item\.(persons|organizations)\[(\d+)\]/.exec(path);
    const target = m ? partyPaths[m[1] === "persons" ? 0 : 1]?.[Number(m[2])] : targetOfPath(path);
    return (target && columnByTarget.get(target)) ?? path;
  };
  if (raw.sighting.observedAt === undefined) {
    return { ok: false, failures: [{ field: "sighting.observedAt", reason: "is required: map a column to “Observed at” (when the content was seen)" }] };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, failures: failuresOf(parsed.error, columnOf) };
  const keyColumn = Object.entries(mapping.columns).find(([, t]) => t === "rowKey")?.[0];
  const explicitKey = keyColumn ? values[keyColumn] : undefined;
  // The content key hashes the input as validated, before prepareSubmission fills in annotation offsets.
  const rowKey =
    explicitKey !== undefined && explicitKey !== null && String(explicitKey).trim() !== ""
      ? `key:${String(explicitKey).trim().slice(0, 200)}`
      : `content:${sha256Hex(JSON.stringify(parsed.data))}`;
  let urls: PreparedUrls;
  try {
    // URL schemes (javascript:, data:) and DISARM ids are checked here too, before any transaction opens; the
    // canonical URLs travel with the row so the write does not compute them again.
    urls = prepareSubmission(parsed.data);
  } catch (error) {
    return { ok: false, failures: failuresOf(error, columnOf) };
  }
  return { ok: true, input: parsed.data, urls, rowKey, columnOf };
}

/** "item.targetCountries[1]" → "item.targetCountries"; account paths → the handle column. */
function targetOfPath(path: string): string {
  const base = path.replace(/\[\d+\].*$/, "").replace(/^(item|sighting)\.([A-Za-z0-9]+).*$/, "$1.$2");
  return base === "sighting.account" ? "sighting.accountHandle" : base;
}

/** An account handle without a platform column takes the platform of the content URL ("youtube"). */
function platformOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return canonicaliseUrl(url).platform;
  } catch {
    return undefined; // the URL itself fails validation, naming its own column
  }
}

/** Every issue of a ZodError or ApiError, named by column; anything else is not a row problem and is rethrown. */
export function failuresOf(error: unknown, columnOf: (path: string) => string = (p) => p): RowFailure[] {
  if (error instanceof ZodError) {
    return error.issues.map((issue) => {
      const path = issue.path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");
      return { field: columnOf(path || "(row)"), reason: issue.message };
    });
  }
  if (error instanceof ApiError) {
    const details = error.details?.length ? error.details : [{ path: "(row)", message: error.message }];
    return details.map((d) => ({ field: columnOf(d.path), reason: d.message }));
  }
  throw error;
}
