/**
 * A second process for pglite-lock.int.test.ts: opens an embedded database folder the way the app does, writes a
 * row, then obeys commands on stdin — `count` (print the rows), `close` (shut down cleanly), `crash` (die with
 * SIGKILL, leaving its lock file behind as a crashed server would).
 *   node --import tsx lib/db/test-fixtures/hold-pglite.ts <data dir>
 */
import readline from "node:readline";
import { openDatabase } from "../client";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: hold-pglite.ts <data dir>");

const database = openDatabase({ kind: "pglite", dataDir });
const count = async () =>
  (await database.rawQuery<{ n: number }>(`SELECT count(*)::int AS n FROM lock_probe`))[0].n;

await database.rawQuery(`CREATE TABLE IF NOT EXISTS lock_probe (pid int NOT NULL)`);
await database.rawQuery(`INSERT INTO lock_probe VALUES (${process.pid})`);
console.log(JSON.stringify({ ready: true, pid: process.pid, rows: await count() }));

for await (const line of readline.createInterface({ input: process.stdin })) {
  const command = line.trim();
  if (command === "count") console.log(JSON.stringify({ rows: await count() }));
  if (command === "close") {
    await database.close();
    console.log(JSON.stringify({ closed: true }));
    process.exit(0);
  }
  if (command === "crash") process.kill(process.pid, "SIGKILL");
}
