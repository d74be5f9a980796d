import { requirePagePermission } from "@/lib/auth/page-guard";
import { allows } from "@/lib/auth/principal";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getItem } from "@/lib/items/get-item";
import { itemQueries } from "@/lib/items/query-options";
import { itemIdSchema } from "@/lib/items/schemas";
import { getQueryClient } from "@/lib/query-client";
import { ItemView } from "./item-view";

type Props = { params: Promise<{ id: string }> };

/**
 * One database read per request, shared by the metadata and the page; malformed ids never reach the database.
 * Admins (moderate) also see a deleted item, to restore it; for everyone else it is a 404.
 */
const loadItem = cache(async (id: string, includeDeleted: boolean) => {
  await connection();
  return itemIdSchema.safeParse(id).success ? getItem(id, undefined, { includeDeleted }) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await loadItem((await params).id, false);
  return { title: item ? (item.title ?? `Untitled ${item.kind}`) : "Item not found" };
}

export default async function ItemPage({ params }: Props) {
  const principal = await requirePagePermission("read");
  const canModerate = allows(principal, "moderate");
  const { id } = await params;
  const item = await loadItem(id, canModerate);
  if (!item) notFound();
  const queryClient = getQueryClient();
  queryClient.setQueryData(itemQueries.detail(id).queryKey, item);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ItemView id={id} canWrite={allows(principal, "write")} canModerate={canModerate} />
    </HydrationBoundary>
  );
}
