import { createReadStream, existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse";
import { dryRunFile, importFile } from "../../imports/import-file";
import type { ImportMapping } from "../../imports/mapping";
import { createTestDatabase } from "../../testing/test-database";
import { loadClusterInput } from "../load-input";
import type { ClusterInput } from "../types";

/**
 * The real-train data sets (../shared/data/real-train, README there) imported with the app's own importer into a
 * fresh in-memory database, read back as the engine's input, with the ground truth per item. Used by the fit
 * (npm run cluster:fit) and bench/cluster-quality-real.ts. The label columns (case_url, account_category,
 * account_type) are never mapped: they are read here from the CSV, for scoring and fitting only.
 */
export const REAL_TRAIN = process.env.SIGHTLINE_REAL_TRAIN ?? path.resolve("../shared/data/real-train");
export type Variant = "euvsdisinfo-claims" | "euvsdisinfo-no-claims" | "ira-tweets";

const EUV = "euvsdisinfo-2015-2018/sightings.csv";
const IRA = "ira-tweets-train/ira_tweets_train.csv";

/**
 * Each file is imported as a user would: the mapping the importer guesses from headers and values, plus only the
 * constant its dry run asks for (the tweets have no platform column: `--set platform=x`). The label columns are
 * taken out of the mapping whatever the guess says, so nothing that holds the answer can feed the suggestions; the
 * "no claims" variant also leaves the claim column out, as a user importing without the text would.
 */
const VARIANTS: Record<Variant, { file: string; unmapped: string[]; constants: Record<string, string> }> = {
  "euvsdisinfo-claims": { file: EUV, unmapped: ["case_url"], constants: {} },
  "euvsdisinfo-no-claims": { file: EUV, unmapped: ["case_url", "claim"], constants: {} },
  "ira-tweets": { file: IRA, unmapped: ["account_category", "account_type"], constants: { "item.platform": "x" } },
};

async function mappingFor(variant: Variant, csv: string): Promise<ImportMapping> {
  const { unmapped, constants } = VARIANTS[variant];
  const { mapping } = await dryRunFile(csv, { constants });
  return { ...mapping, columns: { ...mapping.columns, ...Object.fromEntries(unmapped.map((column) => [column, null])) } };
}

export interface RealCorpus {
  variant: Variant;
  input: ClusterInput;
  bands: number[][];
  /** CSV rows (header excluded): the item index each became (-1: the importer refused it), with its id/url and truth. */
  rows: { item: number; key: string; truth: string; rowKey: string | null }[];
  /** Truth labels per item (a URL can be in several EUvsDisinfo cases). */
  truthOf: string[][];
  importReport: { created: number; merged: number; skipped: number; failed: number };
}

export async function readCsv(file: string): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for await (const record of createReadStream(file).pipe(parse({ columns: true, bom: true }))) out.push(record as Record<string, string>);
  return out;
}

/** Imports one variant (cached in the temp folder by the file's size and variant: imports take ~30 s). */
export async function loadRealCorpus(variant: Variant, options: { cache?: boolean } = {}): Promise<RealCorpus> {
  const csv = path.join(REAL_TRAIN, VARIANTS[variant].file);
  const cacheFile = path.join(tmpdir(), `sightline-real-guessed-${variant}-${readFileSync(csv).length}.json`);
  if (options.cache && existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as RealCorpus & { labels: [string, string][] };
    return { ...cached, input: { ...cached.input, labels: new Map(cached.labels) } };
  }
  const records = await readCsv(csv);
  const db = await createTestDatabase();
  try {
    const job = await importFile(db.prisma, csv, { actor: { kind: "system" }, mapping: await mappingFor(variant, csv) });
    const { input, bands } = await loadClusterInput(db.prisma);
    const index = new Map(input.items.map((item, i) => [item.id, i]));
    const imported = await db.prisma.$queryRaw<{ row_number: number; item_id: string | null; row_key: string | null }[]>`
      SELECT row_number, item_id::text, row_key FROM import_job_rows WHERE job_id = ${job.id}::uuid`;
    const itemOfRow = new Map(imported.map((r) => [r.row_number, r]));
    const isIra = variant === "ira-tweets";
    const rows = records.map((record, k) => {
      const r = itemOfRow.get(k + 1);
      return {
        item: r?.item_id ? (index.get(r.item_id) ?? -1) : -1,
        key: isIra ? record.item_id : record.url,
        truth: isIra ? record.account_type : record.case_url,
        rowKey: r?.row_key ?? null,
      };
    });
    const truthOf: string[][] = input.items.map(() => []);
    for (const row of rows) if (row.item >= 0 && !truthOf[row.item].includes(row.truth)) truthOf[row.item].push(row.truth);
    const corpus: RealCorpus = { variant, input, bands, rows, truthOf, importReport: { created: job.created, merged: job.merged, skipped: job.skipped, failed: job.failed } };
    if (options.cache) writeFileSync(cacheFile, JSON.stringify({ ...corpus, labels: [...input.labels] }));
    return corpus;
  } finally {
    await db.destroy();
  }
}
