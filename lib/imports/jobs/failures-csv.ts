import type { PrismaClient } from "../../generated/prisma/client";
import { neutraliseFormula } from "../../csv/formula-cells";

/**
 * The failed rows of a job as CSV (row, field, reason), read page by page from the recorded rows. Cells that a
 * spreadsheet would run as a formula are prefixed with a quote (lib/csv/formula-cells.ts): the reasons quote user input.
 */
export async function* failuresCsv(prisma: PrismaClient, jobId: string): AsyncGenerator<string> {
  yield "row,field,reason\r\n";
  let after = 0;
  for (;;) {
    const rows = await prisma.importJobRow.findMany({
      where: { jobId, status: "failed", rowNumber: { gt: after } },
      orderBy: { rowNumber: "asc" },
      take: 1000,
      select: { rowNumber: true, field: true, reason: true },
    });
    if (!rows.length) return;
    yield rows.map((r) => [String(r.rowNumber), csvCell(r.field), csvCell(r.reason)].join(",")).join("\r\n") + "\r\n";
    after = rows[rows.length - 1].rowNumber;
  }
}

export function csvCell(value: string | null): string {
  const text = neutraliseFormula(value ?? "");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
