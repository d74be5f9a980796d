interface Failure {
  row: number;
  field: string | null;
  reason: string | null;
}

/** Failed rows: row number, the column at fault and why. Text only — reasons may quote file contents. */
export function FailuresTable({ failures, total }: { failures: readonly Failure[]; total: number }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Failed rows</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {failures.map((f) => (
            <tr key={f.row}>
              <td className="num mono">{f.row}</td>
              <td className="mono">{f.field ?? "(row)"}</td>
              <td className="break">{f.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > failures.length && (
        <p className="panel-note">
          Showing the first {failures.length} of {total} failed rows; the CSV has them all.
        </p>
      )}
    </div>
  );
}
