"use client";

import { humanize } from "@/lib/format/format";
import type { PartyRole } from "@/lib/generated/prisma/enums";
import { FieldErrors } from "./field-errors";
import type { PartyEntry } from "./form-state";
import styles from "./log-form.module.css";
import { Typeahead } from "./typeahead";

const ROLES: PartyRole[] = ["impersonated", "targeted", "mentioned"];

/** People or organisations with their role: pick a known one or create by name; the role can be changed in place. */
export function PartyField({
  kind,
  label,
  value,
  onChange,
  errors,
}: {
  kind: "person" | "organization";
  label: string;
  value: PartyEntry[];
  onChange: (next: PartyEntry[]) => void;
  errors: string[];
}) {
  const id = `log-${kind}`;
  const setRole = (i: number, role: PartyRole) => onChange(value.map((p, j) => (j === i ? { ...p, role } : p)));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {value.length > 0 && (
        <ul className={styles.entries} aria-label={label}>
          {value.map((p, i) => (
            <li key={`${p.id ?? p.name}:${i}`} className={styles.entry}>
              <span className={styles.entryName}>
                {p.name}
                {!p.id && <span className="faint"> (new)</span>}
              </span>
              <select className="select" aria-label={`Role of ${p.name}`} value={p.role} onChange={(e) => setRole(i, e.target.value as PartyRole)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {humanize(r)}
                  </option>
                ))}
              </select>
              <button type="button" className={styles.remove} aria-label={`Remove ${p.name}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <Typeahead
        kind={kind}
        inputId={id}
        label={label}
        placeholder={kind === "person" ? "Name — e.g. Alan Read" : "Outlet or organisation — e.g. BBC"}
        allowCreate
        invalid={errors.length > 0}
        describedBy={`${id}-errors`}
        onPick={(option, created) =>
          onChange([...value, created ? { name: option.label, role: "impersonated" } : { id: option.id, name: option.label, role: "impersonated" }])
        }
      />
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </div>
  );
}
