"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface StatusBar {
  status: string;
  label: string;
  count: number;
}

/**
 * The counts by status as bars. Decorative for assistive technology: the same numbers are in
 * the table next to it, which screen readers read instead.
 */
export function StatusChart({ bars }: { bars: StatusBar[] }) {
  return (
    <div aria-hidden="true" className="h-64 w-full" data-testid="status-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 48, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={0} angle={-30} textAnchor="end" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="count" fill="#1f5fa8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
