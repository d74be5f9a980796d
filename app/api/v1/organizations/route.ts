import { v1Route } from "@/lib/api-v1/http/route";
import { created, idempotentPost } from "@/lib/api-v1/http/post";
import { createOrganizationBodySchema, listOrganizationsQuerySchema } from "@/lib/api-v1/organizations/schemas";
import { listOrganizations, organizations } from "@/lib/api-v1/organizations/store";
import { searchParamsOf } from "@/lib/http/route";

/** GET /api/v1/organizations — filtered, cursor-paginated list: { data, nextCursor }. */
export const GET = v1Route("read", async ({ request, prisma, principal }) => listOrganizations(prisma, listOrganizationsQuerySchema.parse(searchParamsOf(request)), principal));

export const POST = v1Route("write", (context) =>
  idempotentPost(context, async (body) =>
    created({ data: await organizations.create(context.prisma, createOrganizationBodySchema.parse(body), context.principal) }),
  ),
);
