"use client";

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * A list filter as a select with "All". A value from a shared link that is not among the options is still shown,
 * so the select tells the truth about the URL.
 */
export function FilterSelect({ id, label, value, options, onChange }: { id: string; label: string; value: string | null; options: FilterOption[]; onChange: (value: string | null) => void }) {
  const all = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">All</option>
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
