"use client";
/**
 * Paste a dossier's checkpoint, upload the text file or a photo of its QR code (read by the
 * browser's barcode reader where it has one), and see whether every item still matches.
 */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent } from "react";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Field, Textarea } from "@/components/ui/Field";

type Item = { kind: string; id: string; seq: string | null; verdict: string };
type Result =
  | { ok: false; reason: "UNREADABLE" | "NOT_FOUND" | "UNAUTHENTICATED" }
  | { ok: boolean; reason: string | null; proposal: { id: string; code: string | null; title: string }; checkpoint: { seq: string; found: boolean }; items: Item[]; newer: number };

type Detector = { detect(source: ImageBitmap): Promise<{ rawValue: string }[]> };
type DetectorCtor = new (opts: { formats: string[] }) => Detector;

export function VerifyForm({ verify }: { verify: (text: string) => Promise<Result> }) {
  const t = useTranslations("verify");
  const tk = useTranslations("dossier.kinds");
  const [text, setText] = useState("");
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.type.startsWith("image/")) {
      const Ctor = (globalThis as unknown as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;
      if (!Ctor) return setFileError(t("noScanner"));
      try {
        const codes = await new Ctor({ formats: ["qr_code"] }).detect(await createImageBitmap(file));
        if (!codes.length) return setFileError(t("noCode"));
        setText(codes[0].rawValue);
      } catch {
        setFileError(t("noCode"));
      }
      return;
    }
    if (file.size > 200_000) return setFileError(t("tooLarge"));
    setText(await file.text());
  }

  async function onSubmit() {
    setPending(true);
    try {
      setResult(await verify(text));
    } catch {
      setResult({ ok: false, reason: "UNREADABLE" });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="grid gap-6 *:min-w-0 lg:grid-cols-2">
      <Card>
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            void onSubmit();
          }}
        >
          <Field id="verify-text" label={t("paste")} hint={t("pasteHint")} required>
            <Textarea id="verify-text" rows={6} className="font-mono text-xs" value={text} onChange={(e) => setText(e.target.value)} aria-describedby="verify-text-hint" />
          </Field>
          <Field id="verify-file" label={t("upload")} hint={t("uploadHint")} error={fileError}>
            <input id="verify-file" type="file" accept=".txt,text/plain,image/*" className="block text-sm" onChange={(e) => void onFile(e)} aria-describedby="verify-file-hint" />
          </Field>
          <Button type="submit" disabled={pending || text.trim() === ""}>
            {t("submit")}
          </Button>
        </form>
      </Card>
      <div aria-live="polite">
        {result ? (
          <Card title={t("result")}>
            {"items" in result ? (
              <div className="space-y-3 text-sm">
                <p role="status" className={`rounded-md p-3 font-semibold ${result.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}>
                  {result.ok ? t("allMatch") : result.reason === "CHECKPOINT_CHANGED" ? t("checkpointChanged") : t("someChanged")}
                </p>
                <p>
                  <Link className="text-blue-800 underline" href={`/proposals/${result.proposal.id}/dossier`}>
                    {result.proposal.code} · {result.proposal.title}
                  </Link>
                </p>
                <p className="text-slate-600">{t("checkpoint", { seq: result.checkpoint.seq })}</p>
                <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
                  {result.items.map((i) => (
                    <li key={`${i.kind}:${i.id}`} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                      <span>
                        {tk(i.kind)} <span className="font-mono text-xs text-slate-500">{i.seq ? `#${i.seq}` : ""}</span>
                      </span>
                      <Badge tone={i.verdict === "OK" ? "success" : "danger"}>{t(`verdicts.${i.verdict}`)}</Badge>
                    </li>
                  ))}
                </ul>
                {result.newer ? <p className="text-slate-600">{t("newer", { count: result.newer })}</p> : null}
              </div>
            ) : (
              <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
                {t(`errors.${result.reason}`)}
              </p>
            )}
          </Card>
        ) : null}
      </div>
    </div>
  );
}
