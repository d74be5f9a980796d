import type { z } from "zod";
import { logSightingBodySchema } from "../ingest/schemas";
import { httpUrlSchema } from "./fields";

/**
 * The ingest body (lib/ingest/schemas.ts) as the API takes it, plus one rule ingest leaves to its callers:
 * free-text URLs that are stored as links (archive URL, account URL) must be http(s), so `javascript:` and
 * `data:` never reach a page. The item and sighting URLs are already checked by ingest's canonicaliser.
 */
export const apiIngestBodySchema = logSightingBodySchema.superRefine((body, ctx) => {
  const links: [string[], string | undefined][] = [
    [["item", "archiveUrl"], body.item?.archiveUrl],
    [["sighting", "account", "url"], body.sighting.account?.url],
  ];
  for (const [path, value] of links) {
    if (value && !httpUrlSchema.safeParse(value).success) ctx.addIssue({ code: "custom", path, message: "must be an absolute http(s) URL" });
  }
});
export type ApiIngestBody = z.output<typeof apiIngestBodySchema>;
