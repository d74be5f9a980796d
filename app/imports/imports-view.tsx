"use client";

import { parseAsString, useQueryState } from "nuqs";
import { JobPanel } from "./job-panel";
import { RecentJobs } from "./recent-jobs";
import { UploadForm } from "./upload-form";

/** Upload → mapping → progress → report. The job id lives in the URL, so a reload comes back to the same step. */
export function ImportsView() {
  const [jobId, setJobId] = useQueryState("job", parseAsString.withOptions({ history: "push" }));
  return (
    <div className="page">
      <header className="page-header">
        <h1>Import sightings</h1>
        <p className="lede">
          Bring in a spreadsheet (CSV), JSON, JSON Lines or a STIX 2.1 bundle. Each row becomes a sighting; content that is
          already known is merged, never duplicated, and every row is accounted for in the report.
        </p>
      </header>
      {jobId ? (
        <JobPanel jobId={jobId} onDone={() => setJobId(null)} />
      ) : (
        <>
          <UploadForm onUploaded={setJobId} />
          <RecentJobs onOpen={setJobId} />
        </>
      )}
    </div>
  );
}
