/**
 * What every export format shows, built once: Vietnamese labels (an official report of a
 * Vietnamese public body is written in Vietnamese, whatever the reader's interface language), the
 * header block (period, scope, field, who produced it and when), the two-row column header, the
 * rows of the periodic table, and the proposals behind them, read in keyset batches.
 */
import { toVietnamDate } from "@/domain/calendar";
import type { ReportRow } from "@/domain/report-tree";
import { measureMessageKeys, PERIODIC_COLUMN_GROUPS, PERIODIC_COLUMNS, type Measure } from "@/domain/reports";
import { Prisma } from "@/generated/prisma/client";
import { documentLanguage } from "../../documents/language";
import type { ReportContext } from "../context";
import { db } from "../../db";
import { factsCte, measureColumn, REPORT_SESSION_SQL } from "../sql";

export const EXPORT_FORMATS = ["xlsx", "csv", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const MIME: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  pdf: "application/pdf",
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Translator of the "reports" namespace (and the shared "fields"/"status" ones) in Vietnamese. */
export function exportLanguage(): { t: Translate; root: Translate } {
  const { t } = documentLanguage("vi");
  return { t: (key, values) => t(`reports.${key}`, values), root: (key, values) => t(key, values) };
}

/** dd/mm/yyyy, as days are written in Vietnamese documents. */
export function viDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

function viDateTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + 7 * 3_600_000);
  const hh = String(shifted.getUTCHours()).padStart(2, "0");
  const mm = String(shifted.getUTCMinutes()).padStart(2, "0");
  return `${viDay(toVietnamDate(instant))} ${hh}:${mm}`;
}

export type ExportMeta = {
  title: string;
  basis: string;
  /** Period, scope, field, producer and — when the log has events — the audit checkpoint. */
  lines: string[];
  producer: string;
  /** "Điểm kiểm tra nhật ký: …" with where to verify it in the app; null on an empty log. */
  checkpoint: string | null;
  producedAt: Date;
  fileStem: string;
};

/** Where an official verifies a checkpoint: the app's page /verify (absolute when the app's URL is known). */
export function verifyUrl(hash: string): string {
  const origin = (process.env.NEXTAUTH_URL ?? "").replace(/\/+$/, "");
  return `${origin}/verify?head=${hash}`;
}

/**
 * `auditHead`: the newest audit event when the report was produced. Printed on the report as its
 * checkpoint, it lets an official later prove on the app's verification page (/verify) that the log
 * was not cut short or rewritten since.
 */
export function exportMeta(ctx: ReportContext, producer: { fullName: string }, now: Date, auditHead?: { seq: string; hash: string } | null): ExportMeta {
  const { t, root } = exportLanguage();
  const period = t("periodLabel", { from: viDay(ctx.period.from), to: viDay(ctx.period.to) });
  const producerLine = `${t("export.producedBy", { name: producer.fullName })}; ${t("export.producedAt", { time: viDateTime(now) })}`;
  const checkpoint = auditHead ? t("export.auditHead", { seq: auditHead.seq, hash: auditHead.hash, url: verifyUrl(auditHead.hash) }) : null;
  return {
    title: t("documentTitle"),
    basis: t("documentBasis"),
    producer: producerLine,
    checkpoint,
    lines: [
      t("export.period", { period }),
      t("export.scope", { unit: ctx.root.name }),
      t("export.fieldLine", { field: ctx.field ? root(`fields.${ctx.field}`) : t("filters.allFields") }),
      producerLine,
      ...(checkpoint ? [checkpoint] : []),
    ],
    producedAt: now,
    fileStem: `bao-cao-sang-tao_${ctx.period.from}_${ctx.period.to}`,
  };
}

export type HeaderCell = { label: string; span: number };

/** Row 1: STT, Đơn vị, then the column groups (spanning); row 2: the measures. */
export function columnHeaders(): { groups: HeaderCell[]; measures: string[]; measureKeys: readonly Measure[] } {
  const { t } = exportLanguage();
  return {
    groups: [
      { label: t("numberColumn"), span: 1 },
      { label: t("unitColumn"), span: 1 },
      ...PERIODIC_COLUMN_GROUPS.map((g) => ({ label: t(`columnGroups.${g.group}`), span: g.measures.length })),
    ],
    measures: PERIODIC_COLUMNS.map((m) => t(measureMessageKeys(m).short)),
    measureKeys: PERIODIC_COLUMNS,
  };
}

/** A row's label in the unit column. */
export function rowLabel(row: ReportRow): string {
  const { t } = exportLanguage();
  if (row.kind === "total") return t("totalRow");
  if (row.kind === "own") return t("ownRow", { unit: row.name });
  return row.name;
}

export function rowKindLabel(row: ReportRow): string {
  return exportLanguage().t(`rowKinds.${row.kind}`);
}

export function definitions(): { label: string; definition: string }[] {
  const { t } = exportLanguage();
  return PERIODIC_COLUMNS.map((m) => ({ label: t(measureMessageKeys(m).label), definition: t(measureMessageKeys(m).definition) }));
}

export type ProposalExportRow = {
  id: string;
  code: string;
  title: string;
  unitName: string;
  field: string;
  status: string;
  submittedAt: Date | null;
  flags: boolean[];
};

export const EXPORT_BATCH = 5_000;

type CursorRow = { id: string; code: string; title: string; unitName: string; field: string; status: string; submittedAt: Date | null } & Record<Measure, boolean>;

/**
 * The proposals the report counts (at least one measure), in code order, handed to `each` in
 * batches of EXPORT_BATCH: the facts query runs once, behind a server-side cursor inside one
 * read transaction, and rows are fetched a batch at a time — memory stays bounded whatever the
 * scope's size, and the report is computed once, not once per batch.
 */
export async function eachProposalBatch(ctx: ReportContext, each: (rows: ProposalExportRow[]) => Promise<void>): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await tx.$queryRaw(REPORT_SESSION_SQL);
      await tx.$executeRaw(Prisma.sql`declare report_export no scroll cursor for ${factsCte(ctx.filter)}
        select facts.id, facts.code, pr.title, u.name as "unitName", pr.field, pr.status::text as status, pr."submittedAt",
          ${Prisma.join(PERIODIC_COLUMNS.map((m) => measureColumn(m)), ", ")}
        from facts join "Proposal" pr on pr.id = facts.id join "Unit" u on u.id = facts."unitId"
        where facts."COUNTED"
        order by facts.code`);
      for (;;) {
        const rows = await tx.$queryRawUnsafe<CursorRow[]>(`fetch ${EXPORT_BATCH} from report_export`);
        if (rows.length === 0) break;
        await each(
          rows.map((r) => ({
            id: r.id,
            code: r.code,
            title: r.title,
            unitName: r.unitName,
            field: r.field,
            status: r.status,
            submittedAt: r.submittedAt,
            flags: PERIODIC_COLUMNS.map((m) => r[m]),
          })),
        );
        if (rows.length < EXPORT_BATCH) break;
      }
    },
    { timeout: 15 * 60_000, maxWait: 30_000 },
  );
}
