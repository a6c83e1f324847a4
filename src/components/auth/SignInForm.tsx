"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Field, Input } from "@/components/ui/Field";

export function SignInForm({ callbackUrl, throttleMinutes }: { callbackUrl: string; throttleMinutes: number }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [showPassword, setShowPassword] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setError(t("required"));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", { username, password, redirect: false });
      if (res?.ok && !res.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setError(
        res?.error === "THROTTLED" ? t("throttled", { minutes: throttleMinutes }) : res?.error === "UNAVAILABLE" ? t("serviceUnavailable") : t("invalid"),
      );
    } catch {
      setError(t("unavailable"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? (
        <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </div>
      ) : null}
      <Field id="username" label={t("username")} required>
        <Input id="username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required />
      </Field>
      <Field id="password" label={t("password")} required>
        <div className="flex gap-2">
          <Input id="password" name="password" type={showPassword ? "text" : "password"} autoComplete="current-password" required />
          <Button variant="secondary" size="sm" className="whitespace-nowrap" onClick={() => setShowPassword((s) => !s)} aria-pressed={showPassword}>
            {showPassword ? t("hidePassword") : t("showPassword")}
          </Button>
        </div>
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
