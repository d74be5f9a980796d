import { redirect } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/page-guard";

/** /admin opens its first tab; each tab has its own address so it can be linked. */
export default async function AdminPage() {
  await requirePagePermission("admin");
  redirect("/admin/users");
}
