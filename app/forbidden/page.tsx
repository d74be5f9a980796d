import type { Metadata } from "next";
import Link from "next/link";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Not allowed" };

const WHAT: Record<Permission, string> = {
  read: "read Sightline",
  write: "log sightings and edit content (fact-checkers and admins)",
  import: "run bulk imports (fact-checkers and admins)",
  export: "export datasets (researchers and admins)",
  moderate: "delete and restore content (admins)",
  admin: "manage people, tokens and the audit trail (admins)",
};

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<{ need?: string }> }) {
  const need = (await searchParams).need;
  const permission = (PERMISSIONS as readonly string[]).includes(need ?? "") ? (need as Permission) : null;
  return (
    <section style={{ maxWidth: 560 }}>
      <h1>Not allowed</h1>
      <p>Your role does not let you {permission ? WHAT[permission] : "open this page"}. Ask an admin if you need it.</p>
      <p>
        <Link href="/">Back to the overview</Link>
      </p>
    </section>
  );
}
