"use client";

import { useId, type FormEvent } from "react";
import type { SetValues } from "nuqs";
import { FilterPanel } from "@/components/ui/filter-panel";
import type { PersonRow } from "@/lib/users/list-people";
import { AUDIT_FILTER_KEYS, type AuditSearchParams, type auditSearchParams } from "./search-params";
import styles from "@/components/admin/admin.module.css";

/** Suggestions only: any action or entity type recorded anywhere can be typed. */
const KNOWN_ACTIONS = ["create", "update", "delete", "restore", "merge", "invite", "accept_invitation", "set_password", "sign_in", "revoke", "import"];
const KNOWN_ENTITY_TYPES = ["item", "sighting", "campaign", "person", "organization", "account", "narrative", "user", "api_token", "import_job"];

interface AuditFiltersProps {
  params: AuditSearchParams;
  setParams: SetValues<typeof auditSearchParams>;
  people: PersonRow[];
  hasFilters: boolean;
  onClear: () => void;
}

export function AuditFilters({ params, setParams, people, hasFilters, onClear }: AuditFiltersProps) {
  const id = useId();
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setParams(Object.fromEntries(AUDIT_FILTER_KEYS.map((key) => [key, String(form.get(key) ?? "").trim() || null])));
  };
  const knownActor = !params.actor || params.actor === "system" || people.some((p) => p.id === params.actor);
  const input = (key: "action" | "entityType" | "entityId" | "from" | "to", label: string, extra: Record<string, string | number> = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} name={key} className="input" defaultValue={params[key] ?? ""} autoComplete="off" {...extra} />
    </div>
  );

  return (
    // Keyed on the URL: back/forward or "clear" resets the uncontrolled inputs to what the address says.
    <FilterPanel
      key={JSON.stringify(params)}
      label="Audit filters"
      gridClassName={styles.filterGrid}
      onSubmit={apply}
      hasFilters={hasFilters}
      onClear={onClear}
      extra={
        <>
          <datalist id={`${id}-actions`}>
            {KNOWN_ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          <datalist id={`${id}-types`}>
            {KNOWN_ENTITY_TYPES.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </>
      }
    >
      <div className="field">
        <label htmlFor={`${id}-actor`}>Who</label>
        <select
          id={`${id}-actor`}
          name="actor"
          className="select"
          defaultValue={params.actor ?? ""}
          onChange={(e) => e.currentTarget.form?.requestSubmit()}
        >
          <option value="">Anyone</option>
          <option value="system">System</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.email})
            </option>
          ))}
          {!knownActor && <option value={params.actor ?? ""}>{params.actor}</option>}
        </select>
      </div>
      {input("action", "Action", { list: `${id}-actions`, maxLength: 64, placeholder: "e.g. update" })}
      {input("entityType", "Entity type", { list: `${id}-types`, maxLength: 64, placeholder: "e.g. item" })}
      {input("entityId", "Entity id", { maxLength: 200, spellCheck: "false" })}
      {input("from", "From (UTC)", { type: "date" })}
      {input("to", "To (UTC)", { type: "date" })}
    </FilterPanel>
  );
}
