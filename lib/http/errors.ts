import { ZodError } from "zod";

/** The one error body every API response uses. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: ApiErrorDetail[] };
}
export interface ApiErrorDetail {
  path: string;
  message: string;
}

/** An error the API means to show: its HTTP status and a stable machine-readable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ApiErrorDetail[],
  ) {
    super(message);
    this.name = "ApiError";
  }

  static notFound(what: string): ApiError {
    return new ApiError(404, "not_found", `${what} not found`);
  }
}

export interface MappedError {
  status: number;
  body: ApiErrorBody;
  /** Headers the answer must carry (Retry-After on a 503). */
  headers?: Record<string, string>;
}

/** How long a client should wait before retrying while the database is unreachable. */
const RETRY_AFTER_SECONDS = 5;

// Prisma's codes for "cannot reach / lost / timed out waiting for" the database server or its pool.
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// What driver adapters report underneath (meta.driverAdapterError.cause.kind).
const ADAPTER_UNAVAILABLE = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// node-postgres used directly (exports): socket errors, and SQLSTATE 08xxx (connection), 57P01-03 (shutdown), 53300.
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
const UNAVAILABLE_MESSAGES = /^(PGlite is closed|Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

/**
 * Whether an error means the database cannot be reached right now (PostgreSQL down or restarting, a closed PGlite)
 * rather than that the request was wrong: such an error is a 503 with Retry-After, not a 500. Walks `cause`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, hops = 0; typeof current === "object" && current !== null && hops < 5; hops++) {
    const { code, meta, message } = current as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } }; message?: unknown };
    if (typeof code === "string" && (PRISMA_UNAVAILABLE.has(code) || SOCKET_CODES.has(code) || /^(08...|57P0[123]|53300)$/.test(code))) return true;
    const kind = meta?.driverAdapterError?.cause?.kind ?? (current as { cause?: { kind?: unknown } }).cause?.kind;
    if (typeof kind === "string" && ADAPTER_UNAVAILABLE.has(kind)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Prisma's known request errors carry a `code` such as P2025; matched structurally so this file stays client-free. */
function prismaCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, name } = error as { code?: unknown; name?: unknown };
  return name === "PrismaClientKnownRequestError" && typeof code === "string" ? code : null;
}

function zodDetails(error: ZodError): ApiErrorDetail[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join(".");
    // An unknown key is named as the field at fault, not as "(root)".
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, message: "is not a known parameter" }));
    }
    return [{ path: path || "(root)", message: issue.message }];
  });
}

/**
 * Maps anything a handler throws to a status and the one error shape. Unknown errors become a generic 500 and are
 * logged here, server-side only: their messages may hold SQL, paths or data and never reach the client.
 */
export function handleApiError(error: unknown, log: (...args: unknown[]) => void = console.error): MappedError {
  if (error instanceof ZodError) {
    const details = zodDetails(error);
    const fields = [...new Set(details.map((d) => d.path))].join(", ");
    return body(422, "invalid_request", `Invalid ${fields}`, details);
  }
  if (error instanceof ApiError) return body(error.status, error.code, error.message, error.details);
  if (isDatabaseUnavailable(error)) {
    log("Database unavailable:", error instanceof Error ? error.message : error);
    return { ...body(503, "database_unavailable", "The database is unavailable; try again shortly"), headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } };
  }
  switch (prismaCode(error)) {
    case "P2025":
      return body(404, "not_found", "Not found");
    case "P2002":
      return body(409, "conflict", "A record with the same unique value already exists");
  }
  log("Unhandled API error:", error);
  return body(500, "internal_error", "Something went wrong on our side. The error has been logged.");
}

function body(status: number, code: string, message: string, details?: ApiErrorDetail[]): MappedError {
  return { status, body: { error: details?.length ? { code, message, details } : { code, message } } };
}
