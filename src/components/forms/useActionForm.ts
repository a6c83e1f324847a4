"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { issueMessageKey } from "@/domain/plan";
import { useToast } from "@/components/ui/Toast";

type Issue = { path: string; message: string; code?: string };
export type ActionResult<T> = { ok: true; value: T } | { ok: false; code: string; reason?: string; issues?: Issue[] };

const KNOWN = new Set(["FORBIDDEN", "NOT_FOUND", "CONFLICT", "INVALID_TRANSITION", "INTERNAL", "VALIDATION_FAILED"]);

/**
 * Runs a server action for a review form: pending state, field errors keyed by path (translated),
 * a general error, a toast on success, and a refresh so the page shows the new state. What the
 * user typed stays in the form on every refusal.
 */
export function useActionForm() {
  const te = useTranslations("errors");
  const router = useRouter();
  const toast = useToast();
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const message = (key: string) => (te.has(key) ? te(key) : te("invalid"));

  async function submit<T>(call: () => Promise<ActionResult<T>>, success: string): Promise<T | null> {
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const r = await call();
      if (r.ok) {
        toast(success);
        router.refresh();
        return r.value;
      }
      if (r.code === "UNAUTHENTICATED") {
        setError(te("FORBIDDEN"));
      } else if (r.code === "VALIDATION_FAILED" && r.issues?.length) {
        const map: Record<string, string> = {};
        const general: string[] = [];
        for (const i of r.issues) {
          // Rule codes (PARTY_OPINION_REQUIRED, VOTE_FAILED…) are messages of their own.
          const key = i.code && te.has(i.code) ? i.code : te.has(i.message) ? i.message : issueMessageKey(i);
          if (["partyOpinion", "vote", ""].includes(i.path)) general.push(message(key));
          else map[i.path] ??= message(key);
        }
        setFieldErrors(map);
        setError(general.length ? general.join(" ") : te("VALIDATION_FAILED"));
      } else if (r.reason && te.has(r.reason)) {
        // A conflict with a named rule (MEETING_HELD, VOTE_BINDS…) says which rule.
        setError(te(r.reason));
      } else {
        setError(message(te.has(r.code) ? r.code : KNOWN.has(r.code) ? r.code : "INTERNAL"));
      }
    } catch {
      setError(te("INTERNAL"));
    } finally {
      setPending(false);
    }
    return null;
  }
  return { pending, fieldErrors, error, submit };
}
