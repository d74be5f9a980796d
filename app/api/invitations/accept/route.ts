import { readJsonBody } from "@/lib/api-v1/http/body";
import { getDatabase } from "@/lib/db";
import { apiRoute } from "@/lib/http/route";
import { rethrowAsApiError } from "@/lib/users/api-errors";
import { acceptInvitation } from "@/lib/users/invitations";
import { acceptInvitationBodySchema } from "@/lib/users/schemas";

/**
 * POST /api/invitations/accept — { token, password }. No session: the token is the credential (256 random bits,
 * one use, 7 days). Unknown or used → 404, expired → 410.
 */
export const POST = apiRoute(async (request) => {
  const body = acceptInvitationBodySchema.parse(await readJsonBody(request));
  return acceptInvitation(getDatabase().prisma, body).catch(rethrowAsApiError);
});
