"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge } from "@/components/ui/Badge";
import { Button, buttonClass } from "@/components/ui/Button";
import { Card, StatCard } from "@/components/ui/Card";
import { Field, Input, Select, describedBy } from "@/components/ui/Field";
import { Table, Td, Th } from "@/components/ui/Table";
import { FormError } from "./FormError";
import { TemporaryPassword } from "./TemporaryPassword";

type Issue = { row: number; column: string; code: string; value?: string };
type Summary = {
  kind: "units" | "people";
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  issues: Issue[];
  sample: { row: number; action: "create" | "update"; key: string; name: string; detail: string }[];
  temporaryPassword?: string | null;
};

/**
 * Import in two steps: the preview says what each row would do and every problem in Vietnamese;
 * the import runs only when no row has a problem, all or nothing.
 */
export function ImportPanel() {
  const t = useTranslations("admin.import");
  const te = useTranslations("errors");
  const router = useRouter();
  const [kind, setKind] = useState<"units" | "people">("people");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Summary | null>(null);
  const [result, setResult] = useState<Summary | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const issueText = (i: Issue) => (t.has(`issues.${i.code}`) ? t(`issues.${i.code}`, { value: i.value ?? "" }) : te("invalid"));
  const columnText = (c: string) => (c && t.has(`columns.${c}`) ? t(`columns.${c}`) : c || "—");

  async function send(mode: "preview" | "commit") {
    if (!file) {
      setError(t("chooseFile"));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const body = new FormData();
      body.set("kind", kind);
      body.set("mode", mode);
      body.set("file", file);
      const res = await fetch("/api/admin/import", { method: "POST", body });
      const json = await res.json();
      if (!res.ok) {
        const first = (json.issues ?? [])[0] as { path: string; message: string } | undefined;
        setError(first?.path === "file" && t.has(`file.${first.message}`) ? t(`file.${first.message}`) : mode === "commit" && res.status === 422 ? t("changedSincePreview") : te.has(json.code) ? te(json.code) : te("INTERNAL"));
        return;
      }
      if (mode === "preview") {
        setPreview(json);
        setResult(null);
      } else {
        setResult(json);
        setPreview(null);
        router.refresh();
      }
    } catch {
      setError(te("INTERNAL"));
    } finally {
      setPending(false);
    }
  }

  const shown = result ?? preview;
  return (
    <div className="space-y-6">
      <Card title={t("stepFile")}>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            void send("preview");
          }}
        >
          <FormError error={error} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="import-kind" label={t("kind")}>
              <Select
                id="import-kind"
                value={kind}
                onChange={(e) => {
                  setKind(e.target.value as "units" | "people");
                  setPreview(null);
                  setResult(null);
                }}
              >
                <option value="people">{t("kinds.people")}</option>
                <option value="units">{t("kinds.units")}</option>
              </Select>
            </Field>
            <Field id="import-file" label={t("file.label")} hint={t("file.hint")} required>
              <Input
                id="import-file"
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={describedBy("import-file", { hint: true })}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setPreview(null);
                  setResult(null);
                }}
              />
            </Field>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" disabled={pending || !file}>
              {t("previewButton")}
            </Button>
            <span className="text-sm text-slate-700">{t("template")}</span>
            <a className={buttonClass("ghost", "sm")} href={`/api/admin/import/template?kind=${kind}&format=csv`} download>
              {t("templateCsv")}
            </a>
            <a className={buttonClass("ghost", "sm")} href={`/api/admin/import/template?kind=${kind}&format=xlsx`} download>
              {t("templateXlsx")}
            </a>
          </div>
        </form>
      </Card>

      {shown ? (
        <section aria-labelledby="import-summary" className="space-y-4" aria-live="polite">
          <h2 id="import-summary" className="text-lg font-semibold">
            {result ? t("resultTitle") : t("previewTitle")}
          </h2>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <StatCard label={t("count.rows")} value={shown.rows} />
            <StatCard label={result ? t("count.created") : t("count.creates")} value={shown.creates} />
            <StatCard label={result ? t("count.updated") : t("count.updates")} value={shown.updates} />
            <StatCard label={t("count.unchanged")} value={shown.unchanged} />
          </div>
          {result?.temporaryPassword ? <TemporaryPassword password={result.temporaryPassword} who={t("newPeople", { count: result.creates })} /> : null}
          {result && result.creates + result.updates === 0 ? <p role="status">{t("nothingChanged")}</p> : null}
          {preview && preview.issues.length ? (
            <>
              <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
                {t("hasIssues", { count: preview.issues.length })}
              </p>
              <Table caption={t("issuesTitle")}>
                <thead>
                  <tr>
                    <Th>{t("row")}</Th>
                    <Th>{t("column")}</Th>
                    <Th>{t("problem")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {preview.issues.slice(0, 500).map((i, n) => (
                    <tr key={n}>
                      <Td>{i.row}</Td>
                      <Td>{columnText(i.column)}</Td>
                      <Td>{issueText(i)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              {preview.issues.length > 500 ? <p className="text-sm text-slate-600">{t("moreIssues", { count: preview.issues.length - 500 })}</p> : null}
            </>
          ) : null}
          {preview && preview.issues.length === 0 ? (
            preview.creates + preview.updates === 0 ? (
              <p role="status">{t("nothingToDo")}</p>
            ) : (
              <div className="space-y-3">
                <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
                  {t("ready")}
                </p>
                <Button onClick={() => void send("commit")} disabled={pending}>
                  {t("commitButton", { count: preview.creates + preview.updates })}
                </Button>
              </div>
            )
          ) : null}
          {shown.sample.length ? (
            <Table caption={t("sampleTitle")}>
              <thead>
                <tr>
                  <Th>{t("row")}</Th>
                  <Th>{t("action")}</Th>
                  <Th>{shown.kind === "people" ? t("columns.ten_dang_nhap") : t("columns.ma_don_vi")}</Th>
                  <Th>{shown.kind === "people" ? t("columns.ho_ten") : t("columns.ten_don_vi")}</Th>
                  <Th>{shown.kind === "people" ? t("columns.vai_tro") : t("columns.ma_don_vi_cap_tren")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {shown.sample.map((s) => (
                  <tr key={s.row}>
                    <Td>{s.row}</Td>
                    <Td>{s.action === "create" ? <Badge tone="success">{t("create")}</Badge> : <Badge tone="info">{t("update")}</Badge>}</Td>
                    <Td className="font-mono text-xs">{s.key}</Td>
                    <Td>{s.name}</Td>
                    <Td>{s.detail}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
