/**
 * How long and on what each fuzz suite runs, shared so that the three agree.
 *
 * - `FUZZ_SCALE=4` multiplies every suite's runs and time budgets.
 * - Locally every run explores new cases; under CI (or with `FUZZ_SEED`) the seed is fixed, so a
 *   landing never hangs on a lucky draw and a red run replays exactly (fast-check prints the seed
 *   and path of a failure).
 * - Every property has a time budget (fast-check's interruptAfterTimeLimit): past it fast-check
 *   stops generating and the property passes on the cases it did check (a failure found before
 *   still fails it), so a 2-core machine that other work keeps busy runs fewer cases rather than
 *   timing out. Vitest's timeout, above the budget, only catches a single case that hangs. Each
 *   suite counts the cases it planned, so a budget cut is not mistaken for a suite that planned too few.
 */
import fc from 'fast-check';

export const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);
const SEED = process.env['FUZZ_SEED'] ?? (process.env['CI'] ? '20261125' : undefined);

/** `count` scaled by FUZZ_SCALE, at least one. */
export const runs = (count: number) => Math.max(1, Math.round(count * SCALE));

/** fc.assert on `count` cases (× FUZZ_SCALE), or on as many as the budget allows. */
interface BudgetedAssert {
  <Ts>(property: fc.IAsyncProperty<Ts>, count: number): Promise<void>;
  <Ts>(property: fc.IProperty<Ts>, count: number): void;
}

/** A suite's properties, each held to `budgetMs` (× FUZZ_SCALE). */
export function fuzzBudget(budgetMs: number) {
  const budget = budgetMs * SCALE;
  const planned: number[] = [];
  const assert = (<Ts>(property: fc.IRawProperty<Ts>, count: number) => {
    planned.push(runs(count));
    return fc.assert(property, {
      numRuns: runs(count),
      plugins: [fc.interruptAfterTimeLimit(budget)],
      ...(SEED === undefined ? {} : { seed: Number(SEED) }),
    });
  }) as BudgetedAssert;
  return {
    /** Vitest's timeout for one property. */
    timeout: budget + 30_000,
    assert,
    /** Cases planned so far, over every property of the suite. */
    planned: () => planned.reduce((sum, count) => sum + count, 0),
  };
}
