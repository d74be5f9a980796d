import { ApiClientError } from "../http/api-client";
import type { ApiErrorBody } from "../http/errors";
import type { PublicUser } from "./manage-users";
import type { AcceptInvitationBody, CreateUserBody, InviteUserBody, UpdateUserBody } from "./schemas";

/** Dates arrive as ISO strings. */
export type UserJson = Omit<PublicUser, "lastLoginAt" | "createdAt"> & { lastLoginAt: string | null; createdAt: string };
export interface InvitationJson {
  user: UserJson;
  token: string;
  expiresAt: string;
}

/** Sends JSON and returns the JSON answer; the one error shape becomes an ApiClientError (as apiGet does). */
async function sendJson<T>(method: "POST" | "PATCH", path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return json as T;
  const error = (json as Partial<ApiErrorBody> | null)?.error;
  throw new ApiClientError(
    response.status,
    error?.code ?? "http_error",
    error?.message ?? `Request failed with status ${response.status}`,
    error?.details,
  );
}

export const createUserRequest = (body: CreateUserBody) => sendJson<UserJson>("POST", "/api/admin/users", body);

export const updateUserRequest = (userId: string, body: UpdateUserBody) =>
  sendJson<UserJson>("PATCH", `/api/admin/users/${encodeURIComponent(userId)}`, body);

export const inviteRequest = (body: InviteUserBody | { userId: string }) =>
  sendJson<InvitationJson>("POST", "/api/admin/invitations", body);

export const acceptInvitationRequest = (body: AcceptInvitationBody) =>
  sendJson<{ email: string }>("POST", "/api/invitations/accept", body);
