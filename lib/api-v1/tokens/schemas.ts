import { z } from "zod";

/** Shared by the token routes and the settings form (the browser imports this file: keep it server-free). */
export const TOKEN_SCOPES = ["read", "write"] as const;
export const TOKEN_EXPIRY_DAYS = [7, 30, 90, 365] as const;

export const createTokenBodySchema = z.strictObject({
  name: z.string().trim().min(1, { error: "is required" }).max(100, { error: "must be at most 100 characters" }),
  scope: z.enum(TOKEN_SCOPES, { error: "must be read or write" }),
  /** Days until it stops working; null for a token that never expires (revoke it when done). */
  expiresInDays: z.number({ error: "must be a number of days or null" }).int().min(1).max(3650).nullable(),
});
export type CreateTokenBody = z.infer<typeof createTokenBodySchema>;

export const listTokensQuerySchema = z.strictObject({
  all: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
});

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scope: "read" | "write";
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  /** As of the answer: revoked wins over expired. */
  status: "active" | "expired" | "revoked";
  owner: { id: string; email: string; name: string };
}

export interface TokenList {
  tokens: TokenRow[];
  /** Whether the caller is an admin (who may list everyone's tokens). */
  canSeeAll: boolean;
}

export interface CreatedTokenResponse {
  token: TokenRow;
  /** Shown once; Sightline keeps only its SHA-256. */
  secret: string;
}
