/**
 * A score as a bar: the secured points solid, the points still possible (facts missing) hatched,
 * and the pass mark as a tick. role="progressbar" carries the numbers for screen readers.
 */
export function ScoreBar({ label, value, possible, max, mark }: { label: string; value: number; possible: number; max: number; mark: number | null }) {
  const pct = (n: number) => (max > 0 ? Math.min(100, Math.max(0, (n / max) * 100)) : 0);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={possible > value ? `${value}–${possible} / ${max}` : `${value} / ${max}`}
      className="relative h-3 w-full overflow-hidden rounded bg-slate-200"
    >
      <div className="absolute inset-y-0 left-0 bg-slate-400/60" style={{ width: `${pct(possible)}%` }} />
      <div className="absolute inset-y-0 left-0 bg-brand-600" style={{ width: `${pct(value)}%` }} />
      {mark !== null && <div className="absolute inset-y-0 w-0.5 bg-slate-900" style={{ left: `${pct(mark)}%` }} aria-hidden="true" />}
    </div>
  );
}
