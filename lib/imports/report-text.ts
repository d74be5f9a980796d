import type { ImportJobView } from "./jobs/get-job";

/** The report as the CLI prints it — the same figures and failed rows the UI shows. */
export function reportText(job: ImportJobView, maxFailures = 50): string {
  const lines = [
    `Import ${job.id} (${job.fileName}, ${job.format.toUpperCase()}): ${job.status}`,
    `  rows      ${job.doneRows} of ${job.totalRows}${job.rowsPerSecond ? ` (${job.rowsPerSecond} rows/s)` : ""}`,
    `  created   ${job.created}`,
    `  merged    ${job.merged}  (into items already known)`,
    `  skipped   ${job.skipped}`,
    `  failed    ${job.failed}`,
  ];
  if (job.keptRawByColumn?.length) {
    const total = job.keptRawByColumn.reduce((n, c) => n + c.count, 0);
    lines.push("", `Values kept as written (not read; on the item page and in exports): ${total}`);
    for (const c of job.keptRawByColumn) {
      const top = (job.keptRaw ?? []).filter((k) => k.column === c.column).slice(0, 5);
      lines.push(`  ${c.column}: ${c.count} — ${top.map((k) => `${JSON.stringify(k.value.slice(0, 60))} ×${k.count}`).join(", ")}`);
    }
  }
  if (job.unmappedColumns.length) lines.push("", `Columns not imported (not mapped): ${job.unmappedColumns.join(", ")}`);
  if (job.failures.length) {
    lines.push("", "Failed rows (row · field · reason):");
    for (const f of job.failures.slice(0, maxFailures)) lines.push(`  ${String(f.row).padStart(6)}  ${f.field ?? "(row)"}: ${f.reason ?? ""}`);
    if (job.failed > Math.min(maxFailures, job.failures.length)) {
      lines.push(`  … ${job.failed - Math.min(maxFailures, job.failures.length)} more: GET /api/imports/${job.id}/failures.csv`);
    }
  }
  return lines.join("\n");
}

export function progressLine(done: number, total: number, startedAt: number): string {
  const seconds = (Date.now() - startedAt) / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : null;
  const pct = total ? Math.floor((done / total) * 100) : 100;
  return `${done}/${total} rows (${pct} %) · ${rate.toFixed(0)} rows/s${left !== null ? ` · ${left} s left` : ""}`;
}
