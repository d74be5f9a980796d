"use client";

import { useId } from "react";
import { FilterPanel } from "@/components/ui/filter-panel";
import { FilterSelect, type FilterOption } from "@/components/ui/filter-select";
import { countryName, languageName } from "@/lib/format/codes";
import { humanize, platformName } from "@/lib/format/format";
import type { ItemFilterOptions } from "@/lib/items/get-item-filter-options";
import { ITEM_KINDS, ITEM_SORTS, VERDICTS } from "@/lib/items/schemas";
import type { ItemsSearchParams, SetItemsParams } from "./search-params";
import styles from "./items.module.css";

const SORT_LABELS: Record<(typeof ITEM_SORTS)[number], string> = {
  first_seen: "First seen",
  last_seen: "Last seen",
  sightings: "Sightings",
  title: "Title",
  created: "Logged",
};

interface ItemsFiltersProps {
  params: ItemsSearchParams;
  setParams: SetItemsParams;
  options: ItemFilterOptions | undefined;
  hasFilters: boolean;
  onClear: () => void;
}

type SelectKey = "kind" | "verdict" | "platform" | "language" | "country" | "campaign";

export function ItemsFilters({ params, setParams, options, hasFilters, onClear }: ItemsFiltersProps) {
  const id = useId();
  const select = (key: SelectKey, label: string, options: FilterOption[]) => (
    <FilterSelect id={`${id}-${key}`} label={label} value={params[key]} options={options} onChange={(value) => setParams({ [key]: value, page: null })} />
  );
  return (
    <FilterPanel
      gridClassName={styles.filterGrid}
      hasFilters={hasFilters}
      onClear={onClear}
      search={{ id: "items-q", label: "Search title, text or URL", placeholder: "e.g. Macron, Polexit, euronews", value: params.q ?? "", onSearch: (q) => setParams({ q: q || null, page: null }) }}
    >
        {select("kind", "Kind", ITEM_KINDS.map((k) => ({ value: k, label: humanize(k) })))}
        {select("verdict", "Verdict", VERDICTS.map((v) => ({ value: v, label: humanize(v) })))}
        {select("platform", "Platform", (options?.platforms ?? []).map((p) => ({ value: p, label: platformName(p) })))}
        {select(
          "language",
          "Language",
          (options?.languages ?? []).map((l) => ({ value: l, label: `${languageName(l)} (${l})` })),
        )}
        {select(
          "country",
          "Target country",
          (options?.countries ?? [])
            .map((c) => ({ value: c, label: `${countryName(c)} (${c})` }))
            .sort((a, b) => a.label.localeCompare(b.label)),
        )}
        {select("campaign", "Campaign", (options?.campaigns ?? []).map((c) => ({ value: c.slug, label: c.name })))}
        <div className="field">
          <label htmlFor={`${id}-sort`}>Sort by</label>
          <div className={styles.sortRow}>
            <select
              id={`${id}-sort`}
              className="select"
              value={params.sort}
              onChange={(e) => setParams({ sort: e.target.value as ItemsSearchParams["sort"], page: null })}
            >
              {ITEM_SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              onClick={() => setParams({ dir: params.dir === "desc" ? "asc" : "desc", page: null })}
              aria-label={`Sort direction: ${params.dir === "desc" ? "descending" : "ascending"}. Switch.`}
              title="Switch sort direction"
            >
              {params.dir === "desc" ? "↓" : "↑"}
            </button>
          </div>
        </div>
    </FilterPanel>
  );
}
