/**
 * Splits of money (integer 分) that reconcile exactly: DESIGN.md §3, "rounded to whole 分 by the largest-remainder
 * method, so children always sum exactly to their parent".
 */

export class SplitError extends Error {}

function assertWhole(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new SplitError(`${what} must be a whole number (分), got ${value}`);
}

/**
 * Splits `total` in proportion to `weights` (whole, non-negative numbers such as last year's sales in 分 or areas in
 * m²). Each part is the floor of its exact quota; the units left over go one each to the largest remainders, ties to
 * the earlier index. All weights zero → equal split. The parts always sum to `total`. Computed in BigInt, so
 * sums beyond 2^53 stay exact.
 */
export function largestRemainderSplit(total: number, weights: readonly number[]): number[] {
  assertWhole(total, 'total');
  if (weights.length === 0) {
    if (total !== 0) throw new SplitError('cannot split a non-zero total into no parts');
    return [];
  }
  weights.forEach((w, i) => {
    assertWhole(w, `weight ${i}`);
    if (w < 0) throw new SplitError(`weight ${i} is negative (${w})`);
  });
  const effective = weights.every((w) => w === 0) ? weights.map(() => 1) : weights;
  // BigInt() rather than literals: consumers compile this source for targets below ES2020.
  const ZERO = BigInt(0);
  const ONE = BigInt(1);
  const sign = total < 0 ? -ONE : ONE;
  const whole = BigInt(Math.abs(total));
  const big = effective.map((w) => BigInt(w));
  const sum = big.reduce((a, b) => a + b, ZERO);
  const parts = big.map((w) => (whole * w) / sum);
  const remainders = big.map((w, i) => ({ i, r: (whole * w) % sum }));
  let left = whole - parts.reduce((a, b) => a + b, ZERO);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === ZERO) break;
    parts[i] += ONE;
    left -= ONE;
  }
  return parts.map((p) => Number(p * sign));
}

/**
 * Splits `total` where some parts are locked: locked parts keep their value, the rest of the total is split among
 * the unlocked parts in proportion to their weights. Refuses locks that add up to more than the total.
 */
export function splitWithLocks(total: number, weights: readonly number[], locks: ReadonlyMap<number, number>): number[] {
  assertWhole(total, 'total');
  let locked = 0;
  for (const [index, value] of locks) {
    if (index < 0 || index >= weights.length) throw new SplitError(`lock ${index} names no part`);
    assertWhole(value, `lock ${index}`);
    if (value < 0) throw new SplitError(`lock ${index} is negative (${value})`);
    locked += value;
  }
  const rest = total - locked;
  if (rest < 0) throw new SplitError(`locked values (${locked}) exceed the total (${total})`);
  const free = weights.map((_, i) => i).filter((i) => !locks.has(i));
  if (free.length === 0 && rest !== 0) {
    throw new SplitError(`every part is locked, but the locks sum to ${locked}, not ${total}`);
  }
  const freeParts = largestRemainderSplit(
    rest,
    free.map((i) => weights[i]),
  );
  const out = weights.map((_, i) => locks.get(i) ?? 0);
  free.forEach((index, k) => (out[index] = freeParts[k]));
  return out;
}
