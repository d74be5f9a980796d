/**
 * npm run export -- --format csv|jsonl|stix|gexf|graphml|claimreview [--table items] [--campaign <slug>]
 *   [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--country PL] [--language pl] [--platform telegram] [--verdict false]
 *   --out <path> [--base-url https://sightline.example.org]
 * The same export as the Exports page, from the same filter, streamed to a file (CSV: a ZIP of every table with its
 * codebook and manifest, unless --table names one). Progress goes to stderr; Ctrl-C stops the database work and
 * removes the partial file. Exit 2 on bad arguments, 1 on an export error.
 */
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { openDatabase } from "../lib/db/client";
import { describeDatabase, resolveDatabaseConfig } from "../lib/db/config";
import { readMigrationStatus } from "../lib/db/migrations/status";
import { prepareExport } from "../lib/exports/build-export";
import { endExportPools } from "../lib/exports/read-session";
import { exportQuerySchema, exportRequestOf } from "../lib/exports/schemas";
import { ApiError } from "../lib/http/errors";

const USAGE =
  "usage: npm run export -- --format csv|jsonl|stix|gexf|graphml|claimreview [--table <name>] [--campaign <slug>] [--from <YYYY-MM-DD>] [--to <YYYY-MM-DD>] [--country <CC>] [--language <tag>] [--platform <name>] [--verdict <verdict>] [--csvCells safe|raw] [--spreadsheet 1] --out <path>";
const FILTER_FLAGS = ["format", "table", "campaign", "from", "to", "country", "language", "platform", "verdict", "csvCells", "spreadsheet"] as const;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { ...Object.fromEntries(FILTER_FLAGS.map((k) => [k, { type: "string" as const }])), out: { type: "string" }, "base-url": { type: "string" } },
    strict: true,
  });
  if (!values.out) throw new UsageError("--out is required");
  const flags = values as Record<string, string | undefined>;
  const query = exportQuerySchema.parse(Object.fromEntries(FILTER_FLAGS.filter((k) => flags[k] !== undefined).map((k) => [k, flags[k]])));
  const config = resolveDatabaseConfig();
  const database = openDatabase(config);
  const abort = new AbortController();
  process.once("SIGINT", () => abort.abort(new Error("interrupted")));
  const partial = `${values.out}.partial`;
  try {
    // An export only reads: it never migrates or seeds the database it is pointed at.
    const status = await readMigrationStatus(database.rawQuery);
    if (status.pending.length || status.failed.length) {
      throw new Error(`${describeDatabase(config)} is not at the current schema (${[...status.pending, ...status.failed].join(", ")}); run npm run db:deploy first`);
    }
    const started = performance.now();
    const prepared = await prepareExport(database, exportRequestOf(query), { signal: abort.signal, baseUrl: values["base-url"] });
    console.error(`Exporting ${prepared.items.toLocaleString("en")} items as ${query.format} from ${describeDatabase(config)}…`);
    let bytes = 0;
    let lastReport = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        const now = performance.now();
        if (now - lastReport > 500) {
          lastReport = now;
          const line = `${(bytes / 1e6).toFixed(1)} MB written, ${((now - started) / 1000).toFixed(1)} s`;
          if (process.stderr.isTTY) process.stderr.write(`\r${line}   `);
          else console.error(line);
        }
        done(null, chunk);
      },
    });
    try {
      await pipeline(Readable.from(prepared.body()), meter, createWriteStream(partial), { signal: abort.signal });
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    await rename(partial, values.out);
    if (process.stderr.isTTY) process.stderr.write("\n");
    const files = prepared.manifest.files.map((f) => `${f.name} ${f.rows.toLocaleString("en")} rows`).join(", ");
    console.error(`Wrote ${values.out}: ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s (${files}).`);
    return 0;
  } finally {
    await endExportPools();
    await database.close();
  }
}

class UsageError extends Error {}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else if (error instanceof ZodError) console.error(`${error.issues.map((i) => `--${i.path.join(".") || "(flags)"}: ${i.message}`).join("\n")}\n${USAGE}`);
    else if (error instanceof ApiError) console.error(error.details?.length ? error.details.map((d) => `--${d.path}: ${d.message}`).join("\n") : error.message);
    else if (error instanceof TypeError && /Unknown option|unexpected argument/i.test(error.message)) console.error(`${error.message}\n${USAGE}`);
    else {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    }
    process.exit(2);
  },
);
