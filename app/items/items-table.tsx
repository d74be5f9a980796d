"use client";

import Link from "next/link";
import cards from "@/components/ui/card-table.module.css";
import { SortHeader } from "@/components/ui/sort-header";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { countryName, languageNames } from "@/lib/format/codes";
import { formatDay, formatInteger, humanize, platformName } from "@/lib/format/format";
import type { ItemListRow } from "@/lib/items/list-items";
import type { ItemSort } from "@/lib/items/schemas";
import type { ItemsSearchParams, SetItemsParams } from "./search-params";
import styles from "./items.module.css";

interface ItemsTableProps {
  rows: ItemListRow[];
  sort: ItemSort;
  dir: ItemsSearchParams["dir"];
  setParams: SetItemsParams;
}

export function ItemsTable({ rows, sort, dir, setParams }: ItemsTableProps) {
  const header = (label: string, key: ItemSort | null, className?: string) => {
    if (!key) return <th scope="col" className={className}>{label}</th>;
    return (
      <SortHeader label={label} sortKey={key} sort={sort} dir={dir} className={className} onSort={(s, d) => setParams({ sort: s, dir: d, page: null })} />
    );
  };
  return (
    <div className="table-wrap">
      <table className={`data-table ${styles.table} ${cards.cards}`}>
        <caption className="visually-hidden">Items; column headers with buttons sort the list</caption>
        <thead>
          <tr>
            {header("Title", "title")}
            {header("Kind", null)}
            {header("Platform", null)}
            {header("Language", null)}
            {header("Verdict", null)}
            {header("Target countries", null)}
            {header("First seen", "first_seen")}
            {header("Sightings", "sightings", "num")}
            {header("Campaigns", null)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td data-label="Title" className={`${styles.titleCell} ${cards.primary}`}>
                <Link href={`/items/${row.id}`} className={styles.titleLink} title={row.title ?? undefined}>
                  {row.title ?? <span className="faint">Untitled {row.kind}</span>}
                </Link>
              </td>
              <td data-label="Kind">{humanize(row.kind)}</td>
              <td data-label="Platform">{row.platform ? platformName(row.platform) : <span className="faint">—</span>}</td>
              <td data-label="Language">
                {row.languages.length ? <span title={row.languages.join(", ")}>{languageNames(row.languages)}</span> : <span className="faint">—</span>}
              </td>
              <td data-label="Verdict">
                <VerdictBadge verdict={row.verdict} />
              </td>
              <td data-label="Target countries">
                {row.targetCountries.length ? (
                  <ul className="chip-list">
                    {row.targetCountries.map((c) => (
                      <li key={c} className="chip" title={countryName(c)}>
                        <abbr title={countryName(c)}>{c}</abbr>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="faint">—</span>
                )}
              </td>
              <td data-label="First seen" className="nowrap">
                {formatDay(row.firstSeenAt)}
              </td>
              <td data-label="Sightings" className="num">
                {formatInteger(row.sightingCount)}
              </td>
              <td data-label="Campaigns">
                {row.campaigns.length ? (
                  <ul className={styles.campaigns}>
                    {row.campaigns.map((c) => (
                      <li key={c.slug}>
                        <Link href={`/items?campaign=${encodeURIComponent(c.slug)}`}>{c.name}</Link>
                        {c.status === "suggested" && <span className={styles.suggested}> (suggested)</span>}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="faint">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
