import { queryOptions } from "@tanstack/react-query";
import { apiGet, ApiClientError } from "../../http/api-client";
import type { ApiErrorBody } from "../../http/errors";
import type { CreateTokenBody, CreatedTokenResponse, TokenList, TokenRow } from "./schemas";

/** Browser side of /api/tokens: one query, two mutations; keys are hierarchical so a write invalidates every list. */
export const tokenKeys = {
  all: ["sightline", "api-tokens"] as const,
  list: (all: boolean) => [...tokenKeys.all, "list", { all }] as const,
};

export const tokenQueries = {
  list: (all: boolean) => queryOptions({ queryKey: tokenKeys.list(all), queryFn: ({ signal }) => apiGet<TokenList>("/api/tokens", { all: all || undefined }, signal) }),
};

async function send<T>(method: "POST" | "DELETE", path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return json as T;
  const error = (json as ApiErrorBody | null)?.error;
  throw new ApiClientError(response.status, error?.code ?? "http_error", error?.message ?? `Request failed with status ${response.status}`, error?.details);
}

export const createToken = (body: CreateTokenBody) => send<CreatedTokenResponse>("POST", "/api/tokens", body);
export const revokeTokenRequest = (id: string) => send<{ token: TokenRow }>("DELETE", `/api/tokens/${encodeURIComponent(id)}`);
