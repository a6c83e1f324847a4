"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/useActionForm";
import { useToast } from "@/components/ui/Toast";
import { issueMessageKey } from "@/domain/plan";

type Issue = { path: string; message: string; code?: string };

/**
 * Runs an administration or settings server action: pending state, each refusal in the user's
 * language (the administration's own messages first, then the shared ones), a toast and a refresh
 * on success. What the user typed stays in the form.
 */
export function useAdminForm() {
  const ta = useTranslations("admin.errors");
  const te = useTranslations("errors");
  const router = useRouter();
  const toast = useToast();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const say = (i: Issue) => {
    if (ta.has(i.message)) return ta(i.message);
    if (i.code && ta.has(i.code)) return ta(i.code);
    const key = issueMessageKey(i);
    return te.has(key) ? te(key) : te("invalid");
  };

  async function submit<T>(call: () => Promise<ActionResult<T>>, success?: string): Promise<T | null> {
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const r = await call();
      if (r.ok) {
        if (success) toast(success);
        router.refresh();
        return r.value;
      }
      const fields: Record<string, string> = {};
      const general: string[] = [];
      for (const i of r.issues ?? []) {
        if (i.path) fields[i.path] ??= say(i);
        else general.push(say(i));
      }
      setFieldErrors(fields);
      if (general.length) setError(general.join(" "));
      else if (r.code === "UNAUTHENTICATED") setError(te("FORBIDDEN"));
      else setError(te.has(r.code) ? te(r.code) : te("INTERNAL"));
    } catch {
      setError(te("INTERNAL"));
    } finally {
      setPending(false);
    }
    return null;
  }
  return { pending, error, fieldErrors, submit };
}
