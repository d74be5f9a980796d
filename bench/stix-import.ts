/**
 * npx tsx --conditions=react-server bench/stix-import.ts [--objects 150000] [--db postgres|pglite]
 *   [--baseline-dir /tmp/sightline-f74c1d3 --baseline-objects 15000]
 *
 * The STIX import speed bar: a bundle of `--objects` objects (default 150,000) imports into an empty database in
 * ≤ 60 s with a peak RSS ≤ 400 MB. The bundle is generated with the exporter's own object builders
 * (lib/exports/stix/objects.ts), shaped like a Sightline export: campaigns, people, outlets, narratives, then per item
 * a url, an observed-data, 1–3 sightings, campaign / party / technique relationships and now and then a marker note.
 * Each import runs in a child process (bench/stix-import-child.ts) so that the peak RSS is the importer's own.
 * Baseline: the same child script run in a worktree of main's f74c1d3 (`git worktree add /tmp/sightline-f74c1d3
 * f74c1d3` and link node_modules and lib/generated into it), and the new importer, on the same smaller bundle
 * (`--baseline-objects`), since the old importer took 404 s and 1.4 GB for 136k objects. `--objects 0` skips the big run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { stixId } from "../lib/exports/stix/ids";
import { actorObject, campaignObjects, itemObjects, narrativeObject, partyObject, type ItemJson, type StixObject } from "../lib/exports/stix/objects";

const { values } = parseArgs({
  options: {
    objects: { type: "string", default: "150000" },
    db: { type: "string", default: "postgres" },
    "baseline-dir": { type: "string" },
    "baseline-objects": { type: "string", default: "15000" },
    /** A V8 heap limit for the importer process (--max-old-space-size): shows the live set fits, whatever V8's lazy GC lets RSS grow to. */
    "heap-mb": { type: "string" },
  },
});
const BAR_SECONDS = 60;
const BAR_RSS_MB = 400;
const T0 = "2024-01-01T00:00:00.000Z";
const uuid = (kind: string, n: number) => stixId("x", `${kind}:${n}`).slice(3);

/** A deterministic Sightline-shaped bundle of about `target` objects, written as a stream. */
async function writeBundle(file: string, target: number): Promise<number> {
  const out = createWriteStream(file);
  let count = 0;
  const write = (objects: StixObject[]) => {
    for (const o of objects) out.write(`${count++ ? ",\n" : ""}${JSON.stringify(o)}`);
  };
  out.write(`{"type":"bundle","id":"bundle--${uuid("bundle", target)}","objects":[\n`);
  const campaigns = Array.from({ length: 20 }, (_, n) => ({ id: uuid("campaign", n), slug: `bench-campaign-${n}` }));
  const actor = uuid("actor", 0);
  write([actorObject({ id: actor, name: "Bench actor", aliases: [], kind: "state", country: "RU", description: null, created: T0, modified: T0 })]);
  for (const [n, c] of campaigns.entries()) {
    write(campaignObjects({ id: c.id, slug: c.slug, name: `Bench campaign ${n}`, aliases: [], description: null, created: T0, modified: T0, first_seen: null, last_seen: null,
      origin_country: "RU", target_countries: ["DE"], threat_actor_id: actor, techniques: [], status: "active" }, new Set([actor])));
  }
  const persons = Array.from({ length: 200 }, (_, n) => uuid("person", n));
  const orgs = Array.from({ length: 200 }, (_, n) => uuid("org", n));
  const narratives = Array.from({ length: 50 }, (_, n) => uuid("narrative", n));
  write(persons.map((id, n) => partyObject({ id, kind: "person", name: `Bench person ${n}`, aliases: [], description: null, country: "DE", url: null, created: T0, modified: T0 })));
  write(orgs.map((id, n) => partyObject({ id, kind: "organization", name: `Bench outlet ${n}`, aliases: [], description: null, country: "FR", url: null, created: T0, modified: T0, org_kind: "media_outlet" })));
  write(narratives.map((id, n) => narrativeObject({ id, title: `Bench narrative ${n}`, claim: `Claim ${n}`, language: "en", created: T0, modified: T0 })));
  const exported = { campaigns: new Set(campaigns.map((c) => c.id)), parties: new Set([...persons, ...orgs]), narratives: new Set(narratives) };
  for (let n = 0; count < target; n++) {
    const at = (k: number) => new Date(Date.UTC(2024, 0, 1) + n * 60_000 + k * 3_600_000).toISOString();
    const item: ItemJson = {
      id: uuid("item", n), kind: "post", title: `Bench item ${n}`, text: `Synthetic claim number ${n} about topic ${n % 97} repeated for the benchmark.`,
      original_url: n % 10 === 9 ? null : `https://x.com/bench/status/${1_000_000 + n}`, canonical_url: null, platform: "x", languages: [n % 3 ? "de" : "en"],
      published_at: at(0), verdict: "false", manipulations: [], target_countries: ["DE", "PL"].slice(0, 1 + (n % 2)), file_sha256: null,
      first_seen_at: at(0), created_at: at(0), updated_at: at(0), archive_url: n % 4 ? null : `https://web.archive.org/web/2024/https://x.com/bench/${n}`,
      notes: null, narratives: n % 5 ? [] : [{ id: narratives[n % 50], title: `Bench narrative ${n % 50}` }],
      campaigns: n % 2 ? [] : [{ id: campaigns[n % 20].id, slug: campaigns[n % 20].slug, status: "confirmed", confidence: 0.8, reasons: [] }],
      persons: n % 3 ? [] : [{ id: persons[n % 200], name: `Bench person ${n % 200}`, role: "impersonated" }],
      organizations: n % 4 ? [] : [{ id: orgs[n % 200], name: `Bench outlet ${n % 200}`, role: "targeted" }],
      techniques: n % 6 ? [] : [{ id: "T0087" }], annotations: [],
      sightings: Array.from({ length: 1 + (n % 3) }, (_, k) => ({
        id: uuid(`sighting${k}`, n), url: `https://x.com/bench/status/${1_000_000 + n}?s=${k}`, platform: "x", account: { platform: "x", handle: `bench_account_${n % 500}` },
        observed_at: at(k), views: 100 * k, shares: k, reactions: null, audience_country: "DE", notes: k ? `resighted ${k}` : null, channel: "import",
      })),
    };
    write(itemObjects(item, exported));
  }
  out.write("\n]}\n");
  await new Promise((resolve) => out.end(resolve));
  return count;
}

function runChild(cwd: string, bundle: string, dataDir: string) {
  const script = path.join(cwd, "bench", "stix-import-child.ts");
  // A 150k-object bundle is ~50 MB, the default upload limit (lib/imports/parse/limits.ts): raised for the bench.
  const env: NodeJS.ProcessEnv = { ...process.env, SIGHTLINE_DATA_DIR: dataDir, SIGHTLINE_IMPORT_MAX_BYTES: String(512 * 1024 * 1024) };
  if (values["heap-mb"]) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --max-old-space-size=${values["heap-mb"]}`.trim();
  if (values.db === "postgres") Object.assign(env, { SIGHTLINE_TEST_DB: "postgres", TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" });
  const run = spawnSync(path.join(cwd, "node_modules", ".bin", "tsx"), ["--conditions=react-server", script, bundle], { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const line = run.stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (!line) throw new Error(`import failed in ${cwd}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-4000)}`);
  return JSON.parse(line.slice(7)) as { seconds: number; peakRssMb: number; rssBeforeMb?: number; totalRows: number; created: number; merged: number; skipped: number; failed: number; items: number; sightings: number };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "sightline-stix-bench-"));
  try {
    const rows: string[][] = [];
    const measure = async (label: string, cwd: string, objects: number) => {
      const bundle = path.join(dir, `bundle-${objects}.json`);
      const written = await writeBundle(bundle, objects);
      const r = runChild(cwd, bundle, path.join(dir, `data-${label.replace(/\W+/g, "-")}`));
      rows.push([label, String(written), r.seconds.toFixed(1), (written / r.seconds).toFixed(0), `${r.peakRssMb.toFixed(0)}${r.rssBeforeMb ? ` (${r.rssBeforeMb.toFixed(0)} before)` : ""}`, `${r.items} items, ${r.sightings} sightings, ${r.failed} failed, ${r.skipped} skipped`]);
      console.log(rows.at(-1)!.join("\t"));
      return { ...r, written };
    };
    console.log(`STIX import into an empty ${values.db} database (head ${execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim()}; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} cores)`);
    console.log(["importer", "objects", "seconds", "objects/s", "peak RSS MB", "result"].join("\t"));
    const baselineDir = values["baseline-dir"];
    let baseline: { seconds: number; written: number; peakRssMb: number } | null = null;
    const here = path.resolve(import.meta.dirname, "..");
    let small: { seconds: number; written: number } | null = null;
    if (baselineDir) {
      copyFileSync(path.join(import.meta.dirname, "stix-import-child.ts"), path.join(baselineDir, "bench", "stix-import-child.ts"));
      baseline = await measure("old (f74c1d3)", baselineDir, Number(values["baseline-objects"]));
      small = await measure("new, same bundle", here, Number(values["baseline-objects"]));
    }
    const current = Number(values.objects) > 0 ? await measure("new (streaming, bulk)", here, Number(values.objects)) : { ...small!, peakRssMb: NaN };
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    const ok = current.seconds <= BAR_SECONDS && current.peakRssMb <= BAR_RSS_MB;
    console.log(`bar: ≤ ${BAR_SECONDS} s and ≤ ${BAR_RSS_MB} MB for ${current.written} objects → ${current.seconds.toFixed(1)} s, ${current.peakRssMb.toFixed(0)} MB: ${ok ? "MET" : "NOT MET"}`);
    if (baseline && small) {
      console.log(`same ${baseline.written}-object bundle in this run: new ${small.seconds.toFixed(1)} s vs old ${baseline.seconds.toFixed(1)} s = ${(baseline.seconds / small.seconds).toFixed(1)}× faster`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
