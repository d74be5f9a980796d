import { countryName } from "@/lib/format/codes";
import { formatDateTime, formatInteger, humanize, platformName } from "@/lib/format/format";
import type { ItemDetail } from "@/lib/items/get-item";
import { ExternalLink } from "@/components/ui/external-link";

const count = (n: number | null) => (n === null ? <span className="faint">—</span> : formatInteger(n));

export function SightingsTable({ sightings, total }: { sightings: ItemDetail["sightings"]; total: number }) {
  return (
    <section className="panel" aria-labelledby="sightings">
      <div className="panel-header">
        <h2 id="sightings">Sightings</h2>
        <span className="panel-note">
          {total > sightings.length
            ? `first ${formatInteger(sightings.length)} of ${formatInteger(total)}, oldest first`
            : "oldest first, times in UTC"}
        </span>
      </div>
      {sightings.length === 0 ? (
        <p className="panel-body muted">No sightings recorded.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Observed</th>
                <th scope="col">Platform</th>
                <th scope="col">Account</th>
                <th scope="col">Audience</th>
                <th scope="col" className="num">Views</th>
                <th scope="col" className="num">Shares</th>
                <th scope="col" className="num">Reactions</th>
                <th scope="col">Channel</th>
                <th scope="col">Link</th>
              </tr>
            </thead>
            <tbody>
              {sightings.map((s) => (
                <tr key={s.id}>
                  <td className="nowrap">{formatDateTime(s.observedAt)}</td>
                  <td>{s.platform ? platformName(s.platform, s.platformRaw) : "—"}</td>
                  <td>{s.account ? <ExternalLink url={s.account.url} className="nowrap">{s.account.handle}</ExternalLink> : <span className="faint">—</span>}
                  </td>
                  <td>
                    {s.audienceCountry ? <abbr title={countryName(s.audienceCountry)}>{s.audienceCountry}</abbr> : "—"}
                  </td>
                  <td className="num">{count(s.views)}</td>
                  <td className="num">{count(s.shares)}</td>
                  <td className="num">{count(s.reactions)}</td>
                  <td>{humanize(s.channel)}</td>
                  <td>{s.url ? <ExternalLink url={s.url} className="nowrap">open</ExternalLink> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
