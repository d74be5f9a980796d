/**
 * npm run import -- <file> [--format csv|json|jsonl|stix] [--mapping mapping.json] [--set field=value]… [--strict]
 *                  [--dry-run] [--as <user email>]
 * --dry-run prints the guessed (or given) mapping and what its first 1,000 rows would do, and writes nothing.
 * Runs an import in this process with the same job code as the app's worker, against the configured database
 * (PGlite: the data folder lock makes it refuse while the server holds the folder). Every row is its own
 * transaction, so an interrupted run leaves only whole rows; a re-run skips them. Exit 1 if any row failed.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import type { Actor } from "../lib/audit/record-audit";
import { openDatabase } from "../lib/db/client";
import { describeDatabase, resolveDatabaseConfig } from "../lib/db/config";
import { prepareDatabase } from "../lib/db/prepare";
import { ApiError } from "../lib/http/errors";
import { parseSetFlags } from "../lib/imports/cli-mapping";
import { dryRunText } from "../lib/imports/dry-run-text";
import { dryRunFile, importFile } from "../lib/imports/import-file";
import { cancelImportJob } from "../lib/imports/jobs/cancel-job";
import { IMPORT_FORMATS, type ImportFormat } from "../lib/imports/parse/formats";
import { progressLine, reportText } from "../lib/imports/report-text";

const USAGE =
  "usage: npm run import -- <file> [--format csv|json|jsonl|stix] [--mapping mapping.json] [--set field=value]… [--strict] [--dry-run] [--as <user email>]";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      format: { type: "string" },
      mapping: { type: "string" },
      as: { type: "string" },
      set: { type: "string", multiple: true },
      strict: { type: "boolean" },
      "dry-run": { type: "boolean" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError("give exactly one file");
  if (values.format && !(IMPORT_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`unknown --format ${values.format}`);
  const mapping: unknown = values.mapping ? JSON.parse(readFileSync(values.mapping, "utf8")) : undefined;
  const constants = values.set?.length ? parseSetFlags(values.set) : undefined;
  const format = values.format as ImportFormat | undefined;
  if (values["dry-run"]) {
    const result = await dryRunFile(positionals[0], { format, mapping, constants, strict: values.strict });
    console.log(dryRunText(result.mapping, result.guess, result.dryRun));
    return 0;
  }
  const config = resolveDatabaseConfig();
  const database = openDatabase(config);
  const abort = new AbortController();
  process.once("SIGINT", () => {
    console.error("\nStopping after the current batch; finished rows stay imported, a re-run skips them.");
    abort.abort();
  });
  try {
    await prepareDatabase(database, () => {});
    const actor = await actorFor(database.prisma, values.as);
    console.error(`Importing ${positionals[0]} into ${describeDatabase(config)}…`);
    const started = Date.now();
    const job = await importFile(database.prisma, positionals[0], {
      format,
      mapping,
      constants,
      strict: values.strict,
      actor,
      signal: abort.signal,
      onBatch: (done, total) => {
        const line = progressLine(done, total, started);
        if (process.stderr.isTTY) process.stderr.write(`\r${line}   `);
        else console.error(line);
      },
    }).finally(() => process.stderr.isTTY && process.stderr.write("\n"));
    if (abort.signal.aborted && job.status === "running") {
      // Cancelled rather than left "running": the server's worker would otherwise resume it 30 s later.
      Object.assign(job, await cancelImportJob(database.prisma, job.id, actor).then(() => ({ status: "cancelled" as const })));
    }
    console.log(reportText(job));
    if (job.status !== "completed") return 3;
    return job.failed > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

async function actorFor(prisma: ReturnType<typeof openDatabase>["prisma"], email: string | undefined): Promise<Actor> {
  if (!email) return { kind: "system" };
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user || !user.active) throw new UsageError(`no active user ${email}`);
  if (user.role !== "admin" && user.role !== "fact_checker") throw new UsageError(`${email} is a ${user.role}; imports need a fact-checker or admin`);
  return { kind: "user", userId: user.id };
}

class UsageError extends Error {}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else if (error instanceof ApiError) console.error([error.message, ...(error.details ?? []).map((d) => `  ${d.path}: ${d.message}`)].join("\n"));
    else if (error instanceof ZodError) for (const i of error.issues) console.error(`mapping ${i.path.join(".")}: ${i.message}`);
    else if (error instanceof SyntaxError) console.error(`--mapping is not valid JSON: ${error.message}`);
    else console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
