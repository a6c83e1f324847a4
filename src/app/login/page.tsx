import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/domain/redirect";
import { SignInForm } from "@/components/auth/SignInForm";
import { LanguageSwitcher } from "@/components/shell/LanguageSwitcher";
import { currentActor } from "@/server/auth";
import { THROTTLE } from "@/server/throttle";
import { setLocale } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Only a path of this app is accepted as a destination after sign-in (no open redirect).
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl, process.env.NEXTAUTH_URL);
  if (await currentActor()) redirect(callbackUrl);
  const t = await getTranslations();
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-brand-700 to-brand-800">
      <div className="mx-auto flex w-full max-w-5xl justify-end px-4 pt-4">
        <LanguageSwitcher setLocale={setLocale} />
      </div>
      <main id="main" className="mx-auto flex w-full max-w-md flex-1 flex-col justify-center px-4 pb-16">
        <div className="mb-6 text-center text-white">
          <span aria-hidden="true" className="mx-auto grid h-14 w-14 place-items-center rounded-full bg-yellow-400 text-2xl text-brand-800">★</span>
          <p className="mt-3 text-xl font-semibold">{t("app.name")}</p>
          <p className="text-sm text-white/90">{t("app.fullName")}</p>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-xl">
          <h1 className="text-xl font-semibold">{t("auth.title")}</h1>
          <p className="mb-4 mt-1 text-sm text-slate-600">{t("auth.intro")}</p>
          <SignInForm callbackUrl={callbackUrl} throttleMinutes={THROTTLE.windowMinutes} />
        </div>
        <p className="mt-6 text-center text-xs text-white/90">{t("app.basis")}</p>
      </main>
    </div>
  );
}
