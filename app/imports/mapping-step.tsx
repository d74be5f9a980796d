"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { MappingCheck } from "@/components/imports/mapping-check";
import { MappingEditor } from "@/components/imports/mapping-editor";
import { MappingOptions } from "@/components/imports/mapping-options";
import { ErrorState } from "@/components/ui/states";
import { previewImport, startImport } from "@/lib/imports/client-api";
import type { ImportPreview } from "@/lib/imports/job-preview";
import type { ImportMapping } from "@/lib/imports/mapping";
import { importKeys } from "@/lib/imports/query-options";
import styles from "./imports.module.css";

/** Step 2: check the mapping against the first rows, then start. STIX bundles need no mapping. */
export function MappingStep({ jobId, initial }: { jobId: string; initial: ImportPreview }) {
  const queryClient = useQueryClient();
  const [preview, setPreview] = useState(initial);
  const [mapping, setMapping] = useState<ImportMapping | null>(initial.mapping);
  const revalidate = useMutation({ mutationFn: (m: ImportMapping) => previewImport(jobId, m), onSuccess: setPreview });
  const start = useMutation({
    mutationFn: () => startImport(jobId, mapping),
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.job(jobId), job);
      void queryClient.invalidateQueries({ queryKey: importKeys.all });
    },
  });
  const change = (next: ImportMapping) => {
    setMapping(next);
    revalidate.mutate(next);
  };
  const invalidRows = preview.rows.filter((r) => r.errors.length).length;
  return (
    <section className="panel" aria-labelledby="mapping-title">
      <div className="panel-header">
        <h2 id="mapping-title">2. {mapping ? "Map the columns" : "Check the bundle"}</h2>
      </div>
      <div className={`panel-body ${styles.stack}`}>
        <p className={styles.summary} aria-live="polite">
          {mapping
            ? `${preview.mappingSource === "saved" ? "Using the mapping saved for files with these columns" : preview.mappingSource === "guessed" ? "Mapping guessed from the column names and values" : "Your mapping"}. ` +
              `${invalidRows ? `${invalidRows} of the first ${preview.rows.length} rows would fail — see the marked cells.` : `The first ${preview.rows.length} rows look valid.`}`
            : `The first ${preview.rows.length} objects of the bundle; every object is reported on.`}
          {revalidate.isPending && " Checking…"}
        </p>
        {mapping ? (
          <>
            <MappingCheck preview={preview} mapping={mapping} />
            <MappingOptions mapping={mapping} targets={preview.targets} onChange={change} />
            <MappingEditor preview={preview} mapping={mapping} onChange={change} />
          </>
        ) : (
          <StixSample preview={preview} />
        )}
        {(revalidate.error || start.error) && <ErrorState error={start.error ?? revalidate.error} title="Cannot start this import" />}
        <div className={styles.actions}>
          <button type="button" className="button" onClick={() => start.mutate()} disabled={start.isPending}>
            {start.isPending ? "Starting…" : "Start import"}
          </button>
          <span className="faint">Runs in the background: you can leave this page and come back.</span>
        </div>
      </div>
    </section>
  );
}

function StixSample({ preview }: { preview: ImportPreview }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col" className="num">Row</th>
            {preview.headers.map((h) => (
              <th scope="col" key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.rowNumber}>
              <td className="num">{row.rowNumber}</td>
              {preview.headers.map((h) => (
                <td key={h} className="break">{row.cells[h]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
