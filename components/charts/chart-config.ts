/** One series of a chart: its label and its colour as a CSS variable (so themes change colours, not code). */
export type ChartConfig = Record<string, { label: string; color: string; fill?: string }>;
