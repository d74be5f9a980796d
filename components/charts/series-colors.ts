/** The nth categorical colour (CSS variable); "Other" always takes the neutral last one. */
export const SERIES_COLORS = Array.from({ length: 8 }, (_, i) => `var(--series-${i + 1})`);

export function seriesColor(index: number, isOther = false): string {
  return isOther ? SERIES_COLORS[7] : SERIES_COLORS[index % 7];
}
