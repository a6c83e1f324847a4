/**
 * The final KPI values of a result report (JSON column `ResultReport.kpiResults`), written and read
 * in one place through one zod schema, so old rows (the demo seed's, without kpiId) still read.
 */
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";

const kpiResultSchema = z.object({
  kpiId: z.string().optional(),
  name: z.string(),
  unit: z.string(),
  baseline: z.string(),
  target: z.string(),
  achieved: z.string(),
  note: z.string().nullish(),
});
export type KpiResult = z.infer<typeof kpiResultSchema>;

export function readKpiResults(value: unknown): KpiResult[] {
  const parsed = z.array(kpiResultSchema).safeParse(value ?? []);
  return parsed.success ? parsed.data : [];
}

type KpiRow = { id: string; name: string; unitOfMeasure: string; baseline: Prisma.Decimal; target: Prisma.Decimal };

/** One entry per KPI of the decision, in its order, with the value the proposer reported. */
export function kpiResultsOf(kpis: readonly KpiRow[], entered: readonly { kpiId: string; achieved: string; note?: string }[]): KpiResult[] {
  return kpis.map((k) => {
    const r = entered.find((e) => e.kpiId === k.id);
    return {
      kpiId: k.id,
      name: k.name,
      unit: k.unitOfMeasure,
      baseline: k.baseline.toString(),
      target: k.target.toString(),
      achieved: (r?.achieved ?? "").replace(",", "."),
      note: r?.note || null,
    };
  });
}
