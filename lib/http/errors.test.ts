import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, handleApiError } from "./errors";

const prismaError = (code: string) => Object.assign(new Error(`Invalid call: ${code} secret detail`), { name: "PrismaClientKnownRequestError", code });

describe("handleApiError", () => {
  it("maps a ZodError to 422 with each field path and message", () => {
    const schema = z.object({ page: z.number().min(1), filter: z.object({ country: z.string().length(2) }) });
    const result = schema.safeParse({ page: 0, filter: { country: "POL" } });
    const mapped = handleApiError(result.error);
    expect(mapped.status).toBe(422);
    expect(mapped.body.error.code).toBe("invalid_request");
    expect(mapped.body.error.message).toContain("page");
    expect(mapped.body.error.details?.map((d) => d.path)).toEqual(["page", "filter.country"]);
    expect(mapped.body.error.details?.every((d) => d.message.length > 0)).toBe(true);
  });

  it("passes an ApiError's status, code and message through", () => {
    expect(handleApiError(new ApiError(503, "database_unavailable", "The database is unreachable"))).toEqual({
      status: 503,
      body: { error: { code: "database_unavailable", message: "The database is unreachable" } },
    });
    expect(handleApiError(ApiError.notFound("Item")).status).toBe(404);
  });

  it("maps Prisma P2025 to 404 and P2002 to 409 without leaking the message", () => {
    const notFound = handleApiError(prismaError("P2025"));
    expect(notFound.status).toBe(404);
    expect(JSON.stringify(notFound.body)).not.toContain("secret");
    const conflict = handleApiError(prismaError("P2002"));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe("conflict");
  });

  it("turns anything else into a generic 500 and logs it server-side", () => {
    const log = vi.fn();
    const error = new Error('relation "items" does not exist at /srv/app/lib/x.ts');
    const mapped = handleApiError(error, log);
    expect(mapped.status).toBe(500);
    expect(mapped.body.error.code).toBe("internal_error");
    expect(JSON.stringify(mapped.body)).not.toMatch(/relation|srv|items/);
    expect(log).toHaveBeenCalledWith(expect.any(String), error);
    expect(handleApiError("a thrown string", log).status).toBe(500);
    expect(handleApiError(prismaError("P2003"), log).status).toBe(500);
  });
});

describe("handleApiError with unknown keys", () => {
  it("names each unknown parameter as a field", () => {
    const result = z.strictObject({ page: z.number().optional() }).safeParse({ verdikt: "x", colour: 1 });
    const mapped = handleApiError(result.error);
    expect(mapped.body.error.details).toEqual([
      { path: "verdikt", message: "is not a known parameter" },
      { path: "colour", message: "is not a known parameter" },
    ]);
    expect(mapped.body.error.message).toBe("Invalid verdikt, colour");
  });
});
