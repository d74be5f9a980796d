"use client";

import { useQuery } from "@tanstack/react-query";
import { useQueryStates } from "nuqs";
import { DATASET_FILTER_KEYS } from "@/lib/filters/search-params";
import { itemQueries } from "@/lib/items/query-options";
import { CsvOptions, csvOptionParams } from "./csv-options";
import { DownloadPanel } from "./download-panel";
import { ExportFilters, type FilterValues } from "./export-filters";
import { FormatPicker } from "./format-picker";
import { exportsSearchParams } from "./search-params";
import { SnapshotList } from "./snapshot-list";

/** Filter → format → download (or pin as a snapshot). Everything chosen lives in the URL. */
export function ExportsView() {
  const [params, setParams] = useQueryStates(exportsSearchParams, { history: "replace" });
  const options = useQuery(itemQueries.filterOptions());
  const { format, csvCells, spreadsheet, ...filterParams } = params;
  const filter = Object.fromEntries(DATASET_FILTER_KEYS.map((k) => [k, filterParams[k] ?? null])) as FilterValues;
  return (
    <div className="page">
      <header className="page-header">
        <h1>Exports</h1>
        <p className="lede">
          Take a slice of the data to your own tools. The same filter always selects the same items; save a snapshot to
          pin the files and cite their id.
        </p>
      </header>
      <ExportFilters values={filter} options={options.data} onChange={(next) => setParams(next as Parameters<typeof setParams>[0])} />
      <FormatPicker value={format} onChange={(next) => setParams({ format: next })}>
        {format === "csv" && <CsvOptions values={{ csvCells, spreadsheet }} onChange={(next) => setParams(next)} />}
      </FormatPicker>
      <DownloadPanel format={format} filter={filter} options={csvOptionParams(format, { csvCells, spreadsheet })} />
      <SnapshotList />
    </div>
  );
}
