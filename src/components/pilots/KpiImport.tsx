"use client";
/**
 * Upload of target values for several periods at once (CSV or XLSX): the file is checked on the
 * server and every row shown with what is wrong with it; the import saves every row or none.
 */
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/useActionForm";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { Table, Td, Th } from "@/components/ui/Table";
import { useToast } from "@/components/ui/Toast";
import type { CheckedRow, ImportCheck } from "@/domain/kpi-import";

type FileAct = (pilotId: string, form: FormData) => Promise<ActionResult<unknown>>;

export function KpiImport({ pilotId, kpiNames, preview, commit }: { pilotId: string; kpiNames: string[]; preview: FileAct; commit: FileAct }) {
  const t = useTranslations("pilots.import");
  const te = useTranslations("errors");
  const format = useFormatter();
  const router = useRouter();
  const toast = useToast();
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const form = () => {
    const f = new FormData();
    if (file) f.append("file", file);
    return f;
  };
  const fail = (r: Extract<ActionResult<unknown>, { ok: false }>) => {
    const fileIssue = r.issues?.find((i) => i.path === "file");
    setError(fileIssue?.code ? t(`fileErrors.${fileIssue.code}`) : te.has(r.code) ? te(r.code) : te("INTERNAL"));
  };
  async function onPreview() {
    setPending(true);
    setError(null);
    try {
      const r = await preview(pilotId, form());
      if (r.ok) setCheck(r.value as ImportCheck);
      else fail(r);
    } finally {
      setPending(false);
    }
  }
  async function onCommit() {
    setPending(true);
    setError(null);
    try {
      const r = await commit(pilotId, form());
      if (r.ok) {
        toast(t("done", { count: (r.value as { imported: number }).imported }));
        setCheck(null);
        setFile(null);
        router.refresh();
      } else fail(r);
    } finally {
      setPending(false);
    }
  }
  const template = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${t("templateHeader")}\n${kpiNames.map((n) => `31/01/2027,"${n.replaceAll('"', '""')}",`).join("\n")}\n`)}`;
  const fileError = check && !check.ok && "fileError" in check && check.fileError ? check.fileError : null;
  const bad = check?.rows.filter((r) => r.errors.length).length ?? 0;
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const rowErrors = (r: CheckedRow) => r.errors.map((c) => t(`rowErrors.${c}`)).join(" ");

  return (
    <div className="space-y-3" id="import">
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <p className="text-sm">
        <a className="text-blue-800 underline" href={template} download={t("templateName")}>
          {t("template")}
        </a>
      </p>
      <Field id="import-file" label={t("file")} hint={t("fileHint")}>
        <input
          id="import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="block w-full text-sm"
          aria-describedby="import-file-hint"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setCheck(null);
            setError(null);
          }}
        />
      </Field>
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="button" variant="secondary" disabled={!file || pending} onClick={() => void onPreview()}>
        {t("preview")}
      </Button>
      {check ? (
        <div className="space-y-3" aria-live="polite">
          {fileError ? (
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {t(`fileErrors.${fileError}`)}
              {"missing" in check && check.missing?.length ? ` ${t("missingColumns", { columns: check.missing.map((c) => t(`columns.${c}`)).join(", ") })}` : ""}
            </p>
          ) : check.ok ? (
            <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{t("allValid", { count: check.rows.length })}</p>
          ) : (
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{t("someInvalid", { bad, count: check.rows.length })}</p>
          )}
          {check.rows.length ? (
            <Table caption={t("previewCaption")}>
              <thead>
                <tr>
                  <Th>{t("columns.line")}</Th>
                  <Th>{t("columns.day")}</Th>
                  <Th>{t("columns.kpi")}</Th>
                  <Th className="text-right">{t("columns.value")}</Th>
                  <Th>{t("columns.result")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {check.rows.map((r) => (
                  <tr key={r.line} className={r.errors.length ? "bg-red-50/60" : undefined}>
                    <Td className="tabular-nums">{r.line}</Td>
                    <Td className="whitespace-nowrap">{r.day ? day(r.day) : "—"}</Td>
                    <Td>{r.kpiName ?? "—"}</Td>
                    <Td className="text-right tabular-nums">{r.value ?? "—"}</Td>
                    <Td>{r.errors.length ? <span className="text-red-800">{t("lineError", { line: r.line, errors: rowErrors(r) })}</span> : <Badge tone="success">{t("ok")}</Badge>}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
          {check.ok ? (
            <Button type="button" disabled={pending} onClick={() => void onCommit()}>
              {t("commit", { count: check.rows.length })}
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
