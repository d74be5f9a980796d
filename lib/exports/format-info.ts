import type { ExportFormat } from "./schemas";

/** What each format is and who opens it: the Exports page's choices and the README's table. */
export const FORMAT_INFO: Record<ExportFormat, { label: string; file: string; summary: string }> = {
  csv: {
    label: "CSV with codebook",
    file: "ZIP of .csv files",
    summary: "One UTF-8 CSV per entity (items, sightings, campaigns, links …), a flat observations.csv, codebook.csv and manifest.json. Opens as is in pandas, R, DuckDB and spreadsheets.",
  },
  jsonl: { label: "JSON Lines", file: ".jsonl", summary: "One item per line with its campaigns, people, outlets, techniques, annotations and sightings nested." },
  stix: { label: "STIX 2.1 bundle", file: ".json", summary: "Campaigns, identities, threat actors, observed data, sightings and DISARM attack patterns for OpenCTI or MISP. Ids are stable across exports." },
  gexf: { label: "GEXF 1.3 graph", file: ".gexf", summary: "The campaign graph (campaigns, items, people, outlets, accounts, domains) with node and edge attributes, for Gephi." },
  graphml: { label: "GraphML graph", file: ".graphml", summary: "The same graph as GraphML, for Cytoscape, yEd, igraph and networkx." },
  claimreview: { label: "ClaimReview JSON-LD", file: ".jsonld", summary: "schema.org ClaimReview (and MediaReview for manipulated media) for every item with a verdict: fact-check markup." },
};
