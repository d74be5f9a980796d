import type { z } from "zod";
import { apiSend } from "../../lookups/api-send";
import type { createLanguageMarkerBodySchema, LanguageMarkerDto, updateLanguageMarkerBodySchema } from "./schemas";

/** What the browser sends: the schemas' inputs (the server trims, normalises tags and turns "" into null). */
export type LanguageMarkerInput = z.input<typeof createLanguageMarkerBodySchema>;
export type LanguageMarkerChanges = z.input<typeof updateLanguageMarkerBodySchema>;

type One = { data: LanguageMarkerDto };
const path = (id: string) => `/api/v1/language-markers/${encodeURIComponent(id)}`;

/** The v1 endpoints take the browser session as well as tokens; each write is audited by the store behind them. */
export const languageMarkerRequests = {
  create: (body: LanguageMarkerInput) => apiSend<One>("POST", "/api/v1/language-markers", body),
  update: (id: string, changes: LanguageMarkerChanges) => apiSend<One>("PATCH", path(id), changes),
  remove: (id: string) => apiSend<One>("DELETE", path(id)),
  restore: (id: string) => apiSend<One>("POST", `${path(id)}/restore`),
};
