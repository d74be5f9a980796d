import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Interval } from "./schemas";

/** The first UTC day of the day / ISO week (Monday) / month holding `column`, as YYYY-MM-DD. */
export function bucketSql(interval: Interval, column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(date_trunc(${interval}, ${column} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;
}

/**
 * The same bucket for a UTC `date` column (the rollups' `day`), as a timestamp: group by it and format the few
 * groups afterwards with `bucketText`, rather than formatting every row.
 */
export function dayBucketSql(interval: Interval, day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`date_trunc(${interval}, CAST(${day} AS timestamp))`;
}

export function bucketText(bucket: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${bucket}, 'YYYY-MM-DD')`;
}
