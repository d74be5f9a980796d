import { readJsonBody } from "@/lib/api-v1/http/body";
import { actorOf } from "@/lib/auth/principal";
import { getDatabase } from "@/lib/db";
import { authorise } from "@/lib/http/authorise";
import { apiRoute } from "@/lib/http/route";
import { rethrowAsApiError } from "@/lib/users/api-errors";
import { createInvitation } from "@/lib/users/invitations";
import { createInvitationBodySchema } from "@/lib/users/schemas";

/**
 * POST /api/admin/invitations — { email, name, role } invites a new person; { userId } issues a fresh link to someone
 * without a password. 201 with the one-time token (the link is /invite/<token>); only its hash is kept.
 */
export const POST = apiRoute(async (request) => {
  const principal = await authorise(request, "admin");
  const body = createInvitationBodySchema.parse(await readJsonBody(request));
  const invitation = await createInvitation(getDatabase().prisma, body, actorOf(principal)).catch(rethrowAsApiError);
  return Response.json(invitation, { status: 201, headers: { "Cache-Control": "no-store" } });
});
