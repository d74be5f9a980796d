import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import type { DatasetFilter } from "../filters/dataset-filter";
import { cachedQuery } from "./cached-query";
import { getCountries } from "./get-countries";
import { getFirstSeen } from "./get-first-seen";
import { getLanguages } from "./get-languages";
import { getMarkerFrequencies } from "./get-marker-frequencies";
import { getSpread } from "./get-spread";
import { getTimeToDebunk } from "./get-time-to-debunk";
import { getVerdictMix } from "./get-verdict-mix";
import type { FirstSeenQuery, MarkersQuery, SpreadQuery } from "./schemas";

/**
 * The analytics queries as routes and server pages call them: reused until the next write (cached-query.ts). A page
 * that runs several passes one `dataVersion(db)` promise as `v`, so the version is read once per request.
 */
export const cachedAnalytics = {
  spread: (q: SpreadQuery, c: PrismaClient = db, v?: Promise<string>) => cachedQuery(c, "spread", q, () => getSpread(q, c), v),
  firstSeen: (q: FirstSeenQuery, c: PrismaClient = db, v?: Promise<string>) => cachedQuery(c, "first-seen", q, () => getFirstSeen(q, c), v),
  countries: (f: DatasetFilter, c: PrismaClient = db, v?: Promise<string>) => cachedQuery(c, "countries", f, () => getCountries(f, c), v),
  languages: (f: DatasetFilter, c: PrismaClient = db, v?: Promise<string>) => cachedQuery(c, "languages", f, () => getLanguages(f, c), v),
  markers: (q: MarkersQuery, c: PrismaClient = db, v?: Promise<string>) => cachedQuery(c, "markers", q, () => getMarkerFrequencies(q, c), v),
  verdicts: (f: DatasetFilter, c: PrismaClient = db, v?: Promise<string>) => cachedQuery(c, "verdicts", f, () => getVerdictMix(f, c), v),
  timeToDebunk: (f: DatasetFilter, c: PrismaClient = db, v?: Promise<string>) => cachedQuery(c, "time-to-debunk", f, () => getTimeToDebunk(f, c), v),
};
