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
