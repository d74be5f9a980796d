"use client";

import { useId } from "react";
import { FilterPanel } from "@/components/ui/filter-panel";
import { FilterSelect, type FilterOption } from "@/components/ui/filter-select";
import { CAMPAIGN_STATUSES } from "@/lib/campaigns/list-schema";
import { countryName, languageName } from "@/lib/format/codes";
import { humanize } from "@/lib/format/format";
import type { ItemFilterOptions } from "@/lib/items/get-item-filter-options";
import type { CampaignsSearchParams, SetCampaignsParams } from "./search-params";
import styles from "./campaigns.module.css";

interface CampaignsFiltersProps {
  params: CampaignsSearchParams;
  setParams: SetCampaignsParams;
  options: ItemFilterOptions | undefined;
  hasFilters: boolean;
  onClear: () => void;
}

type SelectKey = "status" | "country" | "language";

export function CampaignsFilters({ params, setParams, options, hasFilters, onClear }: CampaignsFiltersProps) {
  const id = useId();
  const select = (key: SelectKey, label: string, options: FilterOption[]) => (
    <FilterSelect id={`${id}-${key}`} label={label} value={params[key]} options={options} onChange={(value) => setParams({ [key]: value, page: null })} />
  );
  return (
    <FilterPanel
      gridClassName={styles.filterGrid}
      hasFilters={hasFilters}
      onClear={onClear}
      search={{ id: "campaigns-q", label: "Search names and aliases", placeholder: "e.g. Matryoshka, Storm-1679", value: params.q ?? "", onSearch: (q) => setParams({ q: q || null, page: null }) }}
    >
        {select("status", "Status", CAMPAIGN_STATUSES.map((s) => ({ value: s, label: humanize(s) })))}
        {select(
          "country",
          "Country",
          (options?.countries ?? []).map((c) => ({ value: c, label: `${countryName(c)} (${c})` })).sort((a, b) => a.label.localeCompare(b.label)),
        )}
        {select("language", "Language", (options?.languages ?? []).map((l) => ({ value: l, label: `${languageName(l)} (${l})` })))}
        <FilterSelect
          id={`${id}-pending`}
          label="Suggestions"
          value={params.pending ? "true" : null}
          options={[{ value: "true", label: "With pending suggestions" }]}
          onChange={(value) => setParams({ pending: value === "true" ? true : null, page: null })}
        />
    </FilterPanel>
  );
}
