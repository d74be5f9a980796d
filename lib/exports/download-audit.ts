import { randomUUID } from "node:crypto";
import type { Database } from "../db/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import type { PreparedExport } from "./build-export";

export type DownloadOutcome = "completed" | "aborted" | "failed";

/**
 * A plain (not snapshot) download that leaves an audit event: who, which format and filter, how many items, and each
 * file's rows, bytes and SHA-256 as far as they were sent. The event is written once the stream has ended — its row
 * counts are known only then — so recording it costs the download nothing before its last byte. A client that
 * goes away mid-download is recorded as `aborted` with the files completed so far, an export that broke as `failed`.
 * The download is a read: a failing audit insert is reported on the server log rather than breaking a download
 * whose bytes have all been sent.
 */
export function auditedDownload(
  prepared: PreparedExport,
  database: Pick<Database, "prisma">,
  actor: Actor,
  details: { table?: string } = {},
): PreparedExport & { downloadId: string } {
  const downloadId = randomUUID();
  const record = async (outcome: DownloadOutcome) => {
    const { format, csv, filter, items, files } = prepared.manifest;
    try {
      // One insert, atomic on its own: the download itself wrote nothing.
      await recordAudit(database.prisma, actor, {
        action: "download",
        entityType: "export",
        entityId: downloadId,
        after: { outcome, format, table: details.table, csv, filter, items, fileName: prepared.fileName, files },
      });
    } catch (error) {
      console.error(`export download ${downloadId}: the audit event could not be written`, error);
    }
  };
  return {
    ...prepared,
    downloadId,
    async *body() {
      let outcome: DownloadOutcome = "aborted";
      try {
        yield* prepared.body();
        outcome = "completed";
      } catch (error) {
        // The abort signal stops a batch in flight with its reason, an AbortError: the client went away.
        outcome = (error as { name?: unknown } | null)?.name === "AbortError" ? "aborted" : "failed";
        throw error;
      } finally {
        await record(outcome);
      }
    },
  };
}
