/** Keyset position in the audit trail, newest first: the (at, id) of the last event of a page. */
export interface AuditCursor {
  at: Date;
  id: bigint;
}

/** Opaque to clients (base64url), so its format can change without breaking links they keep. */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`, "utf8").toString("base64url");
}

export function decodeAuditCursor(value: string): AuditCursor | null {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|(\d{1,19})$/.exec(Buffer.from(value, "base64url").toString("utf8"));
  if (!match) return null;
  const at = new Date(match[1]);
  return Number.isNaN(at.getTime()) ? null : { at, id: BigInt(match[2]) };
}
