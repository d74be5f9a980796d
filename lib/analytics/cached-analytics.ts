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

/** The analytics queries as routes and server pages call them: reused until the next write (cached-query.ts). */
export const cachedAnalytics = {
  spread: (q: SpreadQuery, c: PrismaClient = db) => cachedQuery(c, "spread", q, () => getSpread(q, c)),
  firstSeen: (q: FirstSeenQuery, c: PrismaClient = db) => cachedQuery(c, "first-seen", q, () => getFirstSeen(q, c)),
  countries: (f: DatasetFilter, c: PrismaClient = db) => cachedQuery(c, "countries", f, () => getCountries(f, c)),
  languages: (f: DatasetFilter, c: PrismaClient = db) => cachedQuery(c, "languages", f, () => getLanguages(f, c)),
  markers: (q: MarkersQuery, c: PrismaClient = db) => cachedQuery(c, "markers", q, () => getMarkerFrequencies(q, c)),
  verdicts: (f: DatasetFilter, c: PrismaClient = db) => cachedQuery(c, "verdicts", f, () => getVerdictMix(f, c)),
  timeToDebunk: (f: DatasetFilter, c: PrismaClient = db) => cachedQuery(c, "time-to-debunk", f, () => getTimeToDebunk(f, c)),
};
