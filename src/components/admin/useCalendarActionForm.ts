"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm, type ActionResult } from "@/components/forms/useActionForm";

/**
 * useActionForm (pending state, translated refusals, toast, refresh) plus the calendar's own
 * messages: a taken date (409) and the calendar rules (422) are said in the calendar's words,
 * where the shared form would show the generic "someone changed the data".
 */
export function useCalendarActionForm() {
  const form = useActionForm();
  const t = useTranslations("admin.calendar.errors");
  const [own, setOwn] = useState<{ error: string | null; fields: Record<string, string> }>({ error: null, fields: {} });

  async function submit<T>(call: () => Promise<ActionResult<T>>, success: string): Promise<T | null> {
    setOwn({ error: null, fields: {} });
    const last: { result?: ActionResult<T> } = {};
    const value = await form.submit(async () => (last.result = await call()), success);
    const result = last.result;
    if (result && !result.ok) {
      const fields: Record<string, string> = {};
      for (const issue of result.issues ?? []) {
        if (t.has(issue.message)) fields[issue.path] ??= t(issue.message);
      }
      // A 409 on the date is the whole story; a 422 keeps the form's general "check the fields".
      const error = result.code === "CONFLICT" && fields.date ? fields.date : null;
      setOwn({ error, fields });
    }
    return value;
  }

  return {
    pending: form.pending,
    error: own.error ?? form.error,
    fieldErrors: { ...form.fieldErrors, ...own.fields },
    submit,
  };
}
