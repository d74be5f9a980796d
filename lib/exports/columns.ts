import { PLATFORM_CODES } from "../codes/platforms";
/**
 * The column vocabulary of the CSV export and its codebook. Every column is computed as text by PostgreSQL (so COPY,
 * cursors and both databases agree byte for byte) and documented once, here: the codebook is generated from these
 * definitions, never written by hand.
 */
export type ColumnType = "uuid" | "string" | "integer" | "number" | "datetime" | "enum" | "code list" | "json";

export interface Column {
  name: string;
  type: ColumnType;
  meaning: string;
  /** Allowed values or format, for the codebook ("" when free). */
  allowed: string;
  /** SQL expression yielding text (or NULL). */
  sql: string;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
export const DATETIME_FORMAT = "ISO 8601 in UTC with milliseconds, e.g. 2025-03-01T14:05:00.000Z; empty when unknown";

export const col = {
  id: (sql: string, meaning: string, name = "id"): Column => ({ name, type: "uuid", meaning, allowed: "UUID", sql: `${sql}::text` }),
  text: (name: string, sql: string, meaning: string, allowed = ""): Column => ({ name, type: "string", meaning, allowed, sql }),
  int: (name: string, sql: string, meaning: string, allowed = "whole number ≥ 0; empty when unknown"): Column => ({
    name, type: "integer", meaning, allowed, sql: `${sql}::text`,
  }),
  num: (name: string, sql: string, meaning: string, allowed: string): Column => ({ name, type: "number", meaning, allowed, sql: `${sql}::text` }),
  time: (name: string, sql: string, meaning: string): Column => ({
    name, type: "datetime", meaning, allowed: DATETIME_FORMAT, sql: `to_char(${sql} AT TIME ZONE 'UTC', ${ISO})`,
  }),
  enumOf: (name: string, sql: string, meaning: string, values: Record<string, string>): Column => ({
    name, type: "enum", meaning, allowed: Object.values(values).join(" | "), sql: `${sql}::text`,
  }),
  codes: (name: string, sql: string, meaning: string, allowed: string): Column => ({
    name, type: "code list", meaning, allowed: `${allowed}, separated by ";" (empty when none)`, sql: `array_to_string(${sql}, ';')`,
  }),
  json: (name: string, sql: string, meaning: string, allowed: string): Column => ({ name, type: "json", meaning, allowed, sql: `${sql}::text` }),
};

export const PLATFORM = `a platform code: ${PLATFORM_CODES.join(", ")}`;
export const COUNTRY = "ISO 3166-1 alpha-2 country code (PL, UA, …)";
export const LANGUAGE = "BCP 47 language tag (pl, ru, pt-BR, …)";
