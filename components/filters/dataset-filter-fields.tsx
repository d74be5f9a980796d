"use client";

import { useId } from "react";
import { FilterSelect, type FilterOption } from "@/components/ui/filter-select";
import { DATASET_FILTER_KEYS, type DatasetFilterKey } from "@/lib/filters/search-params";
import { countryName, languageName } from "@/lib/format/codes";
import { humanize, platformName } from "@/lib/format/format";
import { VERDICTS } from "@/lib/items/schemas";

/** What the selects offer (the items' distinct values); a page passes what it has, a missing list offers only "All". */
export interface DatasetFilterOptions {
  campaigns?: { slug: string; name: string }[];
  countries?: string[];
  languages?: string[];
  platforms?: string[];
}

export type DatasetFilterValues = Partial<Record<DatasetFilterKey, string | null>>;

const DATE_LABELS = { from: "Seen from", to: "Seen until" } as const;

function choicesFor(key: Exclude<DatasetFilterKey, "from" | "to">, options: DatasetFilterOptions | undefined): { label: string; choices: FilterOption[] } {
  switch (key) {
    case "campaign":
      return { label: "Campaign", choices: (options?.campaigns ?? []).map((c) => ({ value: c.slug, label: c.name })) };
    case "country":
      return {
        label: "Target country",
        choices: (options?.countries ?? []).map((c) => ({ value: c, label: `${countryName(c)} (${c})` })).sort((a, b) => a.label.localeCompare(b.label)),
      };
    case "language":
      return { label: "Language", choices: (options?.languages ?? []).map((l) => ({ value: l, label: `${languageName(l)} (${l})` })) };
    case "platform":
      return { label: "Platform", choices: (options?.platforms ?? []).map((p) => ({ value: p, label: platformName(p) })) };
    case "verdict":
      return { label: "Verdict", choices: VERDICTS.map((v) => ({ value: v, label: humanize(v) })) };
  }
}

/**
 * The shared dataset filter's fields (lib/filters/search-params.ts), the same labels and choices on every page that
 * filters the dataset — analytics, the graph, exports — so a link means the same subset everywhere. Renders the
 * fields only (each page lays them out in its own grid, beside its own controls); `fields` picks which, always in
 * the filter's order. The selects are the list pages' FilterSelect (a value from the URL that is not among the
 * choices stays selectable under its raw code).
 */
export function DatasetFilterFields({
  values,
  options,
  onChange,
  fields = DATASET_FILTER_KEYS,
}: {
  values: DatasetFilterValues;
  options: DatasetFilterOptions | undefined;
  onChange: (patch: Partial<Record<DatasetFilterKey, string | null>>) => void;
  fields?: readonly DatasetFilterKey[];
}) {
  const id = useId();
  return DATASET_FILTER_KEYS.filter((key) => fields.includes(key)).map((key) => {
    const fieldId = `${id}-${key}`;
    const current = values[key] ?? null;
    if (key === "from" || key === "to") {
      return (
        <div className="field" key={key}>
          <label htmlFor={fieldId}>{DATE_LABELS[key]}</label>
          <input id={fieldId} className="input" type="date" value={current ?? ""} onChange={(e) => onChange({ [key]: e.target.value || null })} />
        </div>
      );
    }
    const { label, choices } = choicesFor(key, options);
    return <FilterSelect key={key} id={fieldId} label={label} value={current} options={choices} onChange={(value) => onChange({ [key]: value })} />;
  });
}
