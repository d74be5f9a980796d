import { fieldLabel, type DryRun } from "./dry-run";
import type { MappingGuess } from "./guess-mapping";
import type { ImportMapping } from "./mapping";

/** The dry run as the CLI prints it: the same figures the preview shows. */
export function dryRunText(mapping: ImportMapping, guess: MappingGuess, run: DryRun): string {
  const confidence = new Map(guess.fields.map((f) => [f.column, f]));
  const lines = [`Dry run over the first ${run.rows} rows: ${run.wouldImport} would import, ${run.wouldFail} would fail. Nothing was written.`, "", "Mapped columns (column → field · confidence · rows that read):"];
  for (const c of run.columns) {
    const g = confidence.get(c.column);
    const t = mapping.transforms[c.column];
    const how = t ? ` [${Object.entries(t).map(([k, v]) => `${k}=${v}`).join(", ")}]` : "";
    lines.push(`  ${c.column} → ${fieldLabel(c.field)} (${c.field})${how}${g ? ` · ${g.confidence.toFixed(2)} by ${g.basis}` : ""} · ${c.parsed}/${c.filled} read`);
    for (const f of c.failing) lines.push(`      ${JSON.stringify(f.value)} ×${f.count}: ${f.outcome}`);
  }
  const unmapped = Object.entries(mapping.columns).filter(([, t]) => !t).map(([c]) => c);
  if (unmapped.length) {
    lines.push("", "Columns not imported:");
    const why = new Map(guess.unmapped.map((u) => [u.column, u.reason]));
    for (const c of unmapped) lines.push(`  ${c}${why.get(c) ? ` — ${why.get(c)}` : ""}`);
  }
  if (run.rowProblems.length) {
    lines.push("", "Rows that would fail:");
    for (const p of run.rowProblems.slice(0, 10)) lines.push(`  ${p.field}: ${p.reason} ×${p.count}`);
  }
  if (run.asks.length) {
    lines.push("", "The mapping needs:");
    for (const a of run.asks) lines.push(`  ${a.message}${a.flag ? `  (${a.flag})` : ""}`);
  }
  lines.push("", "Mapping (save it, edit it, pass it with --mapping):", JSON.stringify(mapping));
  return lines.join("\n");
}
