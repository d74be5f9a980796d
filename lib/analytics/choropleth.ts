/** A sequential blue from pale (low) to dark (high), on a square-root scale so small counts stay visible. */
export function choroplethColor(value: number, max: number): string {
  if (value <= 0 || max <= 0) return "#eef1f4";
  const t = Math.sqrt(value / max);
  const from = [0xe3, 0xed, 0xf5];
  const to = [0x0b, 0x3c, 0x5d];
  const c = from.map((f, i) => Math.round(f + (to[i] - f) * t));
  return `rgb(${c.join(",")})`;
}
