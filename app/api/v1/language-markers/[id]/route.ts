import { readJsonBody } from "@/lib/api-v1/http/body";
import { getResourceQuerySchema, idParam } from "@/lib/api-v1/http/params";
import { v1Route } from "@/lib/api-v1/http/route";
import { updateLanguageMarkerBodySchema } from "@/lib/api-v1/language-markers/schemas";
import { languageMarkers } from "@/lib/api-v1/language-markers/store";
import { searchParamsOf } from "@/lib/http/route";

type Params = { id: string };
const LABEL = "Language marker";

export const GET = v1Route<Params>("read", async ({ request, prisma, principal, params }) => {
  const id = await idParam(params, LABEL);
  const { includeDeleted } = getResourceQuerySchema.parse(searchParamsOf(request));
  return { data: await languageMarkers.get(prisma, id, principal, includeDeleted) };
});

/** PATCH — partial update with optimistic locking: a stale updatedAt answers 409 and writes nothing. */
export const PATCH = v1Route<Params>("write", async ({ request, prisma, principal, params }) => {
  const id = await idParam(params, LABEL);
  const body = updateLanguageMarkerBodySchema.parse(await readJsonBody(request));
  return { data: await languageMarkers.update(prisma, id, body, principal) };
});

/** DELETE — soft delete (admins): hidden from lists and new annotations; annotations that use it keep it. */
export const DELETE = v1Route<Params>("moderate", async ({ prisma, principal, params }) => ({
  data: await languageMarkers.remove(prisma, await idParam(params, LABEL), principal),
}));
