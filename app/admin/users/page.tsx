import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import { PeopleView } from "./people-view";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getDatabase } from "@/lib/db";
import { getQueryClient } from "@/lib/query-client";
import { listPeople } from "@/lib/users/list-people";
import { peopleQueries } from "@/lib/users/query-options";

export const metadata: Metadata = { title: "People · Admin" };

export default async function AdminUsersPage() {
  const principal = await requirePagePermission("admin");
  await connection();
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery({ ...peopleQueries.list(), queryFn: () => listPeople(getDatabase().prisma) });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PeopleView currentUserId={principal.userId} />
    </HydrationBoundary>
  );
}
