/** Up to `digits` decimals without trailing zeros: 47.06 -> "47.1", 25 -> "25". */
export function formatNumber(value: number, digits = 1): string {
  return String(Number(value.toFixed(digits)));
}
