"use client";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

interface Props {
  title: string;
  /** One object per category: `label` plus a number per series key. */
  data: Record<string, string | number>[];
  series: ChartSeries[];
  labels: { category: string; table: string };
  horizontal?: boolean;
}

/**
 * A bar chart with the same numbers in a table beside it: the chart is decorative for screen
 * readers and keyboards (aria-hidden, no focusable bars), the table is what they read.
 */
export function StatisticsChart({ title, data, series, labels, horizontal = false }: Props) {
  const height = horizontal ? Math.max(240, data.length * 26) : 300;
  return (
    <figure className="grid gap-4 lg:grid-cols-[2fr_1fr]">
      <figcaption className="text-lg font-semibold lg:col-span-2">{title}</figcaption>
      <div aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout={horizontal ? "vertical" : "horizontal"} margin={{ left: horizontal ? 90 : 0, right: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            {horizontal ? <XAxis type="number" allowDecimals={false} /> : <XAxis dataKey="label" />}
            {horizontal ? <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 12 }} /> : <YAxis allowDecimals={false} />}
            <Tooltip />
            {series.length > 1 && <Legend />}
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={series.length > 1 ? "stack" : undefined} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ScrollRegion label={labels.table} className="max-h-96 overflow-y-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{labels.table}</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-1">
                {labels.category}
              </th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="p-1 text-right">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={String(row.label)} className="border-b">
                <th scope="row" className="p-1 text-left font-normal">
                  {row.label}
                </th>
                {series.map((s) => (
                  <td key={s.key} className="p-1 text-right tabular-nums">
                    {Number(row[s.key] ?? 0).toLocaleString()}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </figure>
  );
}
