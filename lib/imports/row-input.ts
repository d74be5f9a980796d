import { ZodError } from "zod";
import { isKnownDisarmTechniqueId } from "../disarm/catalog";
import { ApiError } from "../http/errors";
import { logSightingSchema, type LogSightingInput } from "../ingest/schemas";
import { prepareSubmission, type PreparedUrls } from "../ingest/validate-submission";
import { sha256Hex } from "../text/sha256";
import { canonicaliseUrl } from "../urls/canonical-url";
import type { ImportMapping } from "./mapping";
import { countValue, enumToken, kindToken } from "./normalise-cell";
import { readRowCells, type RowCells } from "./row-cells";
import type { TargetField } from "./target-fields";
import { regionCountries } from "./values/regions";

export interface RowFailure {
  field: string;
  reason: string;
}
/** Values of a row kept as written, by the user's column: { countries: ["EU", "Middle East"] }. */
export type RawValues = Record<string, string[]>;
export type MappedRow =
  | {
      ok: true;
      input: LogSightingInput;
      urls: PreparedUrls;
      rowKey: string;
      columnOf: (path: string) => string;
      rawValues: RawValues;
      warnings: RowFailure[];
      /** The campaign as the file named it; input.item.campaign holds its slug. */
      campaignName?: string;
    }
  | { ok: false; failures: RowFailure[]; rawValues?: RawValues };

const schema = logSightingSchema({ lenient: true });
const PARTY_FIELDS = {
  persons: ["item.personsImpersonated", "item.personsTargeted", "item.personsMentioned"],
  organizations: ["item.organizationsImpersonated", "item.organizationsTargeted", "item.organizationsMentioned"],
} as const;
const ROLES = ["impersonated", "targeted", "mentioned"] as const;
/** The ingest schema's list limits: items beyond them are kept as written rather than failing the row. */
const LIST_CAPS = { languages: 20, targetCountries: 250, persons: 100, organizations: 100, narratives: 50, techniques: 100, manipulations: 20 } as const;
/** Paths whose failure fails the row: the time of the sighting, and "an item needs a title, text, URL or hash". */
const REQUIRED = /^(sighting\.observedAt|itemId|item|sighting)$/;

/** Where a value of the input came from, so a bad one can be removed and kept as the user wrote it. */
interface Origin {
  column: string;
  raw: string;
}

/**
 * One source row → the ingest input, validated with the lenient (import) schema. A bad value in an optional
 * field does not fail its row: it is taken out, kept verbatim under its column (rawValues), and counted by the
 * report; only a missing or invalid required field fails the row (`strict` makes every such value fail it).
 * Failures name the column the user knows ("target_country"), not the internal path.
 */
export function mapRow(values: Record<string, unknown>, mapping: ImportMapping): MappedRow {
  const cells = readRowCells(values, mapping);
  const raw: RawValues = {};
  const keep = (o: Origin | undefined, value?: string) => {
    if (!o) return;
    (raw[o.column] ??= []).push(value ?? o.raw);
  };
  for (const extra of cells.extras) for (const v of extra.values) keep({ column: extra.column, raw: v });
  const built = buildInput(cells, mapping, keep);
  const { input, origins } = built;
  const columnOf = (path: string) => origins.get(normalisePath(path))?.column ?? origins.get(basePath(path))?.column ?? cells.columnOf(basePath(path)) ?? path;
  if (input.sighting.observedAt === undefined) {
    return { ok: false, failures: [{ field: cells.columnOf("sighting.observedAt") ?? "sighting.observedAt", reason: "is required: map a column to “Observed at” (when the content was seen) or set it as a constant" }] };
  }
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = schema.safeParse(input);
    let issues: { path: string; message: string }[];
    let urls: PreparedUrls | null = null;
    if (parsed.success) {
      try {
        urls = prepareSubmission(parsed.data);
        issues = [];
      } catch (error) {
        issues = failuresOf(error).map((f) => ({ path: f.field, message: f.reason }));
      }
    } else {
      issues = failuresOf(parsed.error).map((f) => ({ path: f.field, message: f.reason }));
    }
    if (parsed.success && urls) {
      const warnings = Object.entries(raw).map(([field, vs]) => ({ field, reason: `kept as written: ${vs.map((v) => JSON.stringify(v.slice(0, 80))).join(", ")}` }));
      if (mapping.strict && warnings.length) return { ok: false, failures: warnings, rawValues: raw };
      const campaignName = parsed.data.item?.campaign ? cells.origin("item.campaign")?.raw : undefined;
      return { ok: true, input: parsed.data, urls, rowKey: rowKeyOf(values, mapping, parsed.data), columnOf, rawValues: raw, warnings, campaignName };
    }
    const required = issues.filter((i) => REQUIRED.test(basePath(i.path)) || !removable(input, i.path));
    if (required.length) return { ok: false, failures: required.map((i) => ({ field: columnOf(i.path), reason: i.message })), rawValues: raw };
    // Remove deepest list elements first so that earlier indices stay valid.
    const removed: (Origin | undefined)[] = [];
    const paths = [...new Set(issues.map((i) => normalisePath(i.path)))].sort((a, b) => b.localeCompare(a, undefined, { numeric: true }));
    for (const path of paths) {
      const origin = origins.get(path) ?? origins.get(basePath(path));
      if (removeAt(input, path)) {
        removed.push(origin);
        shiftOrigins(origins, path);
      }
    }
    for (const o of removed.reverse()) keep(o); // in the order the file wrote them
  }
  return { ok: false, failures: [{ field: "(row)", reason: "too many invalid values" }], rawValues: raw };
}

type MutableInput = { item: Record<string, unknown>; sighting: Record<string, unknown> & { observedAt?: string } };

/** The ingest input before validation, with the origin of every value that can be removed. */
function buildInput(cells: RowCells, mapping: ImportMapping, keep: (o: Origin | undefined, value?: string) => void) {
  const origins = new Map<string, Origin>();
  const origin = (field: TargetField) => cells.origin(field);
  const scalar = (field: TargetField, path: string) => {
    const o = origin(field);
    if (o) origins.set(path, o);
    return cells.text(field);
  };
  const list = (field: TargetField, path: string, cap: number, clean: (v: string) => string[] | string | null = (v) => v) => {
    const out: string[] = [];
    const o = origin(field);
    for (const value of cells.list(field)) {
      const cleaned = clean(value);
      const parts = cleaned === null ? [] : Array.isArray(cleaned) ? cleaned : [cleaned];
      if (cleaned === null) keep(o && { ...o, raw: value });
      for (const part of parts) {
        if (out.length >= cap) keep(o && { ...o, raw: value });
        else {
          if (o) origins.set(`${path}[${out.length}]`, { column: o.column, raw: value });
          out.push(part);
        }
      }
    }
    return out;
  };
  const parties = (kind: keyof typeof PARTY_FIELDS) => {
    const refs: { name: string; role: (typeof ROLES)[number] }[] = [];
    PARTY_FIELDS[kind].forEach((field, i) => {
      const o = origin(field);
      for (const name of cells.list(field)) {
        if (refs.length >= LIST_CAPS[kind]) keep(o && { ...o, raw: name });
        else {
          if (o) origins.set(`item.${kind}[${refs.length}]`, { column: o.column, raw: name });
          refs.push({ name: name.slice(0, 300), role: ROLES[i] });
        }
      }
    });
    return refs;
  };
  const handle = scalar("sighting.accountHandle", "sighting.account");
  const platform = scalar("item.platform", "item.platform")?.toLowerCase();
  const kindText = scalar("item.kind", "item.kind");
  const verdictText = scalar("item.verdict", "item.verdict");
  const input: MutableInput = {
    item: {
      // Without a kind column the ingest infers it from the URL (youtu.be → video); a chosen default still wins.
      kind: kindText !== undefined ? kindToken(kindText) : mapping.defaultKind === "other" ? undefined : mapping.defaultKind,
      title: scalar("item.title", "item.title"),
      text: scalar("item.text", "item.text"),
      url: scalar("item.url", "item.url"),
      platform,
      languages: list("item.language", "item.languages", LIST_CAPS.languages),
      publishedAt: scalar("item.publishedAt", "item.publishedAt"),
      verdict: verdictText !== undefined ? enumToken(verdictText) : undefined,
      manipulations: list("item.manipulations", "item.manipulations", LIST_CAPS.manipulations, enumToken),
      // A region whose countries are settled ("Baltic states") becomes those countries; others stay as written.
      targetCountries: list("item.targetCountries", "item.targetCountries", LIST_CAPS.targetCountries, (v) => (regionCountries(v) as string[] | null) ?? v),
      fileSha256: scalar("item.fileSha256", "item.fileSha256"),
      archiveUrl: scalar("item.archiveUrl", "item.archiveUrl"),
      notes: scalar("item.notes", "item.notes"),
      persons: parties("persons"),
      organizations: parties("organizations"),
      narratives: list("item.narratives", "item.narratives", LIST_CAPS.narratives, (v) => v.slice(0, 500)),
      // Unknown DISARM ids are checked here, one by one, so that one typo keeps the others.
      techniques: list("item.techniques", "item.techniques", LIST_CAPS.techniques, (t) => {
        const id = t.trim().toUpperCase();
        return isKnownDisarmTechniqueId(id) ? id : null;
      }),
      campaign: scalar("item.campaign", "item.campaign"),
    },
    sighting: {
      url: scalar("sighting.url", "sighting.url"),
      platform: scalar("sighting.platform", "sighting.platform")?.toLowerCase(),
      observedAt: scalar("sighting.observedAt", "sighting.observedAt"),
      account: handle ? { platform: cells.text("sighting.platform") ?? platform ?? platformOf(cells.text("item.url")), handle } : undefined,
      views: countValue(scalar("sighting.views", "sighting.views")),
      shares: countValue(scalar("sighting.shares", "sighting.shares")),
      reactions: countValue(scalar("sighting.reactions", "sighting.reactions")),
      audienceCountry: scalar("sighting.audienceCountry", "sighting.audienceCountry"),
      notes: scalar("sighting.notes", "sighting.notes"),
    },
  };
  for (const group of [input.item, input.sighting]) for (const k of Object.keys(group)) if (group[k] === undefined) delete group[k];
  return { input, origins };
}

/** Whether a failing path is a value that can be taken out (an optional scalar, a list element, the account). */
function removable(input: MutableInput, path: string): boolean {
  const p = normalisePath(path);
  if (REQUIRED.test(p) || p === "item.title" && !(input.item.title)) return false;
  return /^(item|sighting)\.[A-Za-z]+(\[\d+\])?$/.test(p) && p !== "sighting.observedAt";
}

/** Takes the value at `path` out of the input; an invalid kind falls back to "other". */
function removeAt(input: MutableInput, path: string): boolean {
  const m = /^(item|sighting)\.([A-Za-z]+)(?:\[(\d+)\])?$/.exec(path);
  if (!m) return false;
  const group = input[m[1] as "item" | "sighting"];
  const value = group[m[2]];
  if (m[3] !== undefined && Array.isArray(value)) {
    value.splice(Number(m[3]), 1);
    return true;
  }
  if (m[2] === "kind") group.kind = "other";
  else delete group[m[2]];
  return true;
}

/** After list element `path` is removed, the origins of the elements after it move down by one. */
function shiftOrigins(origins: Map<string, Origin>, path: string): void {
  const m = /^(.*)\[(\d+)\]$/.exec(path);
  if (!m) return;
  const [base, at] = [m[1], Number(m[2])];
  for (let i = at; origins.has(`${base}[${i + 1}]`); i++) origins.set(`${base}[${i}]`, origins.get(`${base}[${i + 1}]`)!);
}

/** "item.persons[2].name" → "item.persons[2]", "sighting.account.handle" → "sighting.account". */
function normalisePath(path: string): string {
  return path.replace(/^((?:item|sighting)\.[A-Za-z]+(?:\[\d+\])?).*$/, "$1");
}
function basePath(path: string): string {
  return normalisePath(path).replace(/\[\d+\]$/, "");
}

/** The mapped row-key column, else a SHA-256 of the validated input: re-runs and twins are skipped by it. */
function rowKeyOf(values: Record<string, unknown>, mapping: ImportMapping, data: LogSightingInput): string {
  const keyColumn = Object.entries(mapping.columns).find(([, t]) => t === "rowKey")?.[0];
  const explicitKey = keyColumn ? values[keyColumn] : undefined;
  return explicitKey !== undefined && explicitKey !== null && String(explicitKey).trim() !== ""
    ? `key:${String(explicitKey).trim().slice(0, 200)}`
    : `content:${sha256Hex(JSON.stringify(data))}`;
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
