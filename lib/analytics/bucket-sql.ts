import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Interval } from "./schemas";

/** The first UTC day of the day / ISO week (Monday) / month holding `column`, as YYYY-MM-DD. */
export function bucketSql(interval: Interval, column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(date_trunc(${interval}, ${column} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;
}
