import type { DatasetFilter } from "@/lib/filters/dataset-filter";
import type { Interval, Stack } from "@/lib/analytics/schemas";

/** What every analytics container gets: the one dataset filter and the chart options (from the URL or local state). */
export interface AnalyticsState {
  filter: DatasetFilter;
  interval: Interval;
  stack: Stack;
  setInterval: (interval: Interval) => void;
  setStack: (stack: Stack) => void;
  /** First-seen reconstruction for one narrative; only where the state can hold it (the Analytics URL). */
  narrative?: string | null;
  setNarrative?: (narrative: string | null) => void;
}
