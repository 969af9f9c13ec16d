/** Heat-map colour of an achievement ratio: red below 80 %, through amber at 95 %, to green from 110 %. */
export function heatColour(ratio: number | null): string {
  if (ratio === null) return 'var(--mat-sys-surface-container)';
  const t = Math.min(1, Math.max(0, (ratio - 0.8) / 0.3));
  return `hsl(${Math.round(t * 125)}, 62%, ${Math.round(86 - 6 * Math.abs(t - 0.5))}%)`;
}
