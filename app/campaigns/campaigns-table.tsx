"use client";

import Link from "next/link";
import { CampaignStatusBadge } from "@/components/campaigns/campaign-status-badge";
import cards from "@/components/ui/card-table.module.css";
import { SortHeader } from "@/components/ui/sort-header";
import type { CampaignListRow } from "@/lib/campaigns/list-campaigns";
import type { CampaignSort } from "@/lib/campaigns/list-schema";
import { countryName, languageName } from "@/lib/format/codes";
import { formatDay, formatInteger } from "@/lib/format/format";
import type { CampaignsSearchParams, SetCampaignsParams } from "./search-params";
import styles from "./campaigns.module.css";

interface CampaignsTableProps {
  rows: CampaignListRow[];
  sort: CampaignSort;
  dir: CampaignsSearchParams["dir"];
  setParams: SetCampaignsParams;
}

/** At most this many codes are listed in a cell; the rest are counted. */
const CODES_SHOWN = 6;

function Codes({ codes, name }: { codes: string[]; name: (code: string) => string }) {
  if (codes.length === 0) return <span className="faint">—</span>;
  const shown = codes.slice(0, CODES_SHOWN);
  return (
    <span title={codes.map(name).join(", ")}>
      {shown.join(", ")}
      {codes.length > CODES_SHOWN && <span className="faint"> +{codes.length - CODES_SHOWN}</span>}
    </span>
  );
}

export function CampaignsTable({ rows, sort, dir, setParams }: CampaignsTableProps) {
  const header = (label: string, key: CampaignSort, className?: string) => (
    <SortHeader label={label} sortKey={key} sort={sort} dir={dir} className={className} onSort={(s, d) => setParams({ sort: s, dir: d, page: null })} />
  );
  return (
    <div className="table-wrap">
      <table className={`data-table ${styles.table} ${cards.cards}`}>
        <caption className="visually-hidden">Campaigns; column headers with buttons sort the list</caption>
        <thead>
          <tr>
            {header("Name", "name")}
            {header("Status", "status")}
            {header("First seen", "first_seen")}
            {header("Last seen", "last_seen")}
            {header("Items", "items", "num")}
            {header("Sightings", "sightings", "num")}
            {header("Pending", "pending", "num")}
            <th scope="col">Countries</th>
            <th scope="col">Languages</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className={`${styles.nameCell} ${cards.primary}`}>
                <Link href={`/campaigns/${row.slug}`} className={styles.nameLink}>
                  {row.name}
                </Link>
                {row.aliases.length > 0 && <span className={styles.aliases}>{row.aliases.join(" · ")}</span>}
                {row.mergedInto && <span className={styles.aliases}>merged into {row.mergedInto.name}</span>}
              </td>
              <td data-label="Status">
                <CampaignStatusBadge status={row.status} />
              </td>
              <td data-label="First seen" className="nowrap">
                {formatDay(row.firstSeenAt)}
              </td>
              <td data-label="Last seen" className="nowrap">
                {formatDay(row.lastSeenAt)}
              </td>
              <td data-label="Items" className="num">
                {formatInteger(row.itemCount)}
              </td>
              <td data-label="Sightings" className="num">
                {formatInteger(row.sightingCount)}
              </td>
              <td data-label="Pending" className="num">
                {row.pendingCount > 0 ? (
                  <Link
                    href={`/campaigns/${row.slug}#campaign-suggestions`}
                    className={styles.pending}
                    title="Items clustering suggests for this campaign, waiting for a person to accept or reject"
                    aria-label={`${formatInteger(row.pendingCount)} suggested ${row.pendingCount === 1 ? "item" : "items"} to review in ${row.name}`}
                  >
                    {formatInteger(row.pendingCount)} suggested
                  </Link>
                ) : (
                  <span className="faint">—</span>
                )}
              </td>
              <td data-label="Countries">
                <Codes codes={row.countries} name={countryName} />
              </td>
              <td data-label="Languages">
                <Codes codes={row.languages} name={languageName} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
