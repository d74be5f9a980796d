import pg from "pg";
import type { Prisma } from "../generated/prisma/client";

/**
 * A `Prisma.sql` query as one SQL string with its values as quoted literals. COPY and DECLARE … CURSOR cannot take
 * bind parameters, so the values are escaped with the pg driver's own `escapeLiteral` (an untyped literal behaves
 * like an untyped parameter). Only strings, numbers, booleans, dates and null can occur in export queries; anything
 * else is refused rather than guessed at.
 */
export function inlineSql(query: Prisma.Sql): string {
  const { strings, values } = query;
  let text = strings[0];
  for (let i = 0; i < values.length; i++) text += literal(values[i]) + strings[i + 1];
  return text;
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "string") return pg.Client.prototype.escapeLiteral(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return `'${value.toISOString()}'`;
  throw new TypeError(`inlineSql: cannot inline a value of type ${typeof value}`);
}
