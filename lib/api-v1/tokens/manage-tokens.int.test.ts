import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyApiToken } from "../../auth/api-tokens";
import { ApiError } from "../../http/errors";
import { openHarness, type Harness } from "../testing/harness";
import { assertSession, createTokenForSelf, listTokens, revokeToken } from "./manage-tokens";

describe("API token management", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => h?.close());

  it("creates a token for the caller, shows its secret once, stores only a hash, and lists it", async () => {
    const prisma = h.database.prisma;
    const { principal } = await h.user("fact_checker");
    const now = new Date("2025-03-01T00:00:00Z");
    const created = await createTokenForSelf(prisma, principal, { name: "tipline", scope: "write", expiresInDays: 30 }, now);
    expect(created.secret).toMatch(/^sl_/);
    expect(created.token).toMatchObject({ name: "tipline", scope: "write", expiresAt: "2025-03-31T00:00:00.000Z", lastUsedAt: null, revokedAt: null });
    expect(created.secret.startsWith(created.token.prefix)).toBe(true);
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.token.id } });
    expect(JSON.stringify(stored)).not.toContain(created.secret);
    const listed = await listTokens(prisma, principal);
    expect(listed.tokens.map((t) => t.id)).toEqual([created.token.id]);
    expect(listed.canSeeAll).toBe(false);
    await expect(listTokens(prisma, principal, true)).rejects.toMatchObject({ status: 403 });
  });

  it("lets readers have read tokens only, owners and admins revoke, and admins see everyone's", async () => {
    const prisma = h.database.prisma;
    const journalist = (await h.user("journalist")).principal;
    await expect(createTokenForSelf(prisma, journalist, { name: "x", scope: "write", expiresInDays: null })).rejects.toMatchObject({ status: 403 });
    const mine = await createTokenForSelf(prisma, journalist, { name: "reader", scope: "read", expiresInDays: null });
    const stranger = (await h.user("fact_checker")).principal;
    await expect(revokeToken(prisma, stranger, mine.token.id)).rejects.toMatchObject({ status: 404 });
    const admin = (await h.user("admin")).principal;
    expect((await listTokens(prisma, admin, true)).tokens.map((t) => t.id)).toContain(mine.token.id);
    const revoked = await revokeToken(prisma, admin, mine.token.id);
    expect(revoked.revokedAt).not.toBeNull();
    expect(await verifyApiToken(prisma, mine.secret)).toBeNull();
  });

  it("refuses token management with a token", () => {
    const viaToken = { userId: "u", email: "e", name: "n", role: "admin" as const, via: "token" as const, tokenId: "t", scope: "write" as const };
    expect(() => assertSession(viaToken)).toThrow(ApiError);
  });
});
