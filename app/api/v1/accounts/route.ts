import { v1Route } from "@/lib/api-v1/http/route";
import { created, idempotentPost } from "@/lib/api-v1/http/post";
import { createAccountBodySchema, listAccountsQuerySchema } from "@/lib/api-v1/accounts/schemas";
import { listAccounts, accounts } from "@/lib/api-v1/accounts/store";
import { searchParamsOf } from "@/lib/http/route";

/** GET /api/v1/accounts — filtered, cursor-paginated list: { data, nextCursor }. */
export const GET = v1Route("read", async ({ request, prisma, principal }) => listAccounts(prisma, listAccountsQuerySchema.parse(searchParamsOf(request)), principal));

export const POST = v1Route("write", (context) =>
  idempotentPost(context, async (body) =>
    created({ data: await accounts.create(context.prisma, createAccountBodySchema.parse(body), context.principal) }),
  ),
);
