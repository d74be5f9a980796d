/**
 * npm run cluster — a full clustering run in this process with the same job code as the app's worker, against the
 * configured database (PGlite: the data folder lock makes it refuse while the server holds the folder). If a run
 * is already queued it is the one taken; the new suggestions supersede the open ones. Exit 0 when completed.
 * `--assignments <file.csv>` also writes the run's assignments table (lib/clustering/assignments.ts): item id,
 * canonical URL, import row key, content cluster, suggestion and suggested campaign, top reason.
 */
import { writeFile } from "node:fs/promises";
import { assignmentRows, assignmentsCsv } from "../lib/clustering/assignments";
import { openDatabase } from "../lib/db/client";
import { describeDatabase, resolveDatabaseConfig } from "../lib/db/config";
import { prepareDatabase } from "../lib/db/prepare";
import { runClusterJob } from "../lib/clustering/jobs/run-job";
import { claimClusterRun, getClusterRun, requestClusterRun } from "../lib/clustering/jobs/runs";

async function main(): Promise<number> {
  const at = process.argv.indexOf("--assignments");
  const assignments = at >= 0 ? process.argv[at + 1] : undefined;
  if (at >= 0 && (!assignments || assignments.startsWith("--"))) {
    console.error("--assignments needs a file name: npm run cluster -- --assignments out.csv");
    return 2;
  }
  const config = resolveDatabaseConfig();
  const database = openDatabase(config);
  try {
    await prepareDatabase(database, () => {});
    const prisma = database.prisma;
    console.error(`Clustering ${describeDatabase(config)}…`);
    const { run } = await requestClusterRun(prisma, { kind: "system" });
    const claim = await claimClusterRun(prisma, run.id);
    if (!claim) {
      console.error(`Run ${run.id} is being run by another process (the app's worker); see /admin/clustering.`);
      return 3;
    }
    const started = Date.now();
    const outcome = await runClusterJob(prisma, claim, (phase) => console.error(`${((Date.now() - started) / 1000).toFixed(1)} s  ${phase}`));
    if (outcome === "completed" && assignments) {
      const rows = await assignmentRows(prisma, run.id);
      await writeFile(assignments, assignmentsCsv(rows));
      console.error(`${rows.length} assignment rows written to ${assignments}`);
    }
    const view = await getClusterRun(prisma, run.id);
    console.log(JSON.stringify({ run: view.id, status: view.status, stats: view.stats }, null, 2));
    return outcome === "completed" ? 0 : 3;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
