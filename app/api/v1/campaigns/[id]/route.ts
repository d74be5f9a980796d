import { readJsonBody } from "@/lib/api-v1/http/body";
import { getResourceQuerySchema, idParam } from "@/lib/api-v1/http/params";
import { v1Route } from "@/lib/api-v1/http/route";
import { updateCampaignBodySchema } from "@/lib/campaigns/schemas";
import { campaigns } from "@/lib/api-v1/campaigns/store";
import { searchParamsOf } from "@/lib/http/route";

type Params = { id: string };
const LABEL = "Campaign";

export const GET = v1Route<Params>("read", async ({ request, prisma, principal, params }) => {
  const id = await idParam(params, LABEL);
  const { includeDeleted } = getResourceQuerySchema.parse(searchParamsOf(request));
  return { data: await campaigns.get(prisma, id, principal, includeDeleted) };
});

/** PATCH — partial update with optimistic locking: a stale version answers 409 and writes nothing. */
export const PATCH = v1Route<Params>("write", async ({ request, prisma, principal, params }) => {
  const id = await idParam(params, LABEL);
  const body = updateCampaignBodySchema.parse(await readJsonBody(request));
  return { data: await campaigns.update(prisma, id, body, principal) };
});

/** DELETE — soft delete (admins): the row is hidden from lists and reads, and can be restored. */
export const DELETE = v1Route<Params>("moderate", async ({ prisma, principal, params }) => ({
  data: await campaigns.remove(prisma, await idParam(params, LABEL), principal),
}));
