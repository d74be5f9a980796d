import type { ReactNode } from "react";
import { AdminTabs } from "@/components/admin/admin-tabs";

/** Header and tabs shared by the admin pages; each page checks the admin permission itself. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Admin</h1>
        <p className="lede">People and roles, the language-marker vocabulary, clustering and the audit trail: nothing happens without a trace.</p>
      </header>
      <AdminTabs />
      {children}
    </div>
  );
}
