"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, type FormEvent } from "react";
import { ErrorState } from "@/components/ui/states";
import { uploadImport } from "@/lib/imports/client-api";
import { importKeys } from "@/lib/imports/query-options";

/** Step 1: choose a file. The server checks type (by name and bytes) and size, and answers with a preview. */
export function UploadForm({ onUploaded }: { onUploaded: (jobId: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: uploadImport,
    onSuccess: ({ job, preview }) => {
      queryClient.setQueryData(importKeys.preview(job.id), preview);
      queryClient.setQueryData(importKeys.job(job.id), job);
      void queryClient.invalidateQueries({ queryKey: importKeys.list() });
      onUploaded(job.id);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (file) upload.mutate(file);
  };
  return (
    <section className="panel" aria-labelledby="upload-title">
      <div className="panel-header">
        <h2 id="upload-title">1. Choose a file</h2>
      </div>
      <form className="panel-body" onSubmit={submit}>
        <div className="field">
          <label className="field-label" htmlFor="import-file">
            File to import
          </label>
          <input
            ref={input}
            id="import-file"
            name="file"
            type="file"
            className="input"
            required
            accept=".csv,.tsv,.json,.jsonl,.ndjson,.stix,text/csv,application/json"
            aria-describedby={hintId}
          />
          <p id={hintId} className="faint">
            .csv, .json (an array or {"{ items: [...] }"}), .jsonl, or a STIX 2.1 bundle (.json). Up to 50 MB and 200,000 rows.
          </p>
        </div>
        <button type="submit" className="button" disabled={upload.isPending}>
          {upload.isPending ? "Checking the file…" : "Upload and preview"}
        </button>
        {upload.error && <ErrorState error={upload.error} title="This file cannot be imported" />}
      </form>
    </section>
  );
}
