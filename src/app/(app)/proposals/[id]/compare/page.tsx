import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RevisionDiff } from "@/components/proposals/RevisionDiff";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { Select } from "@/components/ui/Field";
import { PageHeader } from "@/components/ui/PageHeader";
import type { PlanDraft } from "@/domain/plan";
import { comparePlans } from "@/domain/plan-diff";
import { requireActor } from "@/server/auth";
import { getProposal } from "@/server/proposals/queries";
import { usersByIds } from "@/server/proposals/colleagues";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Search }) {
  const actor = await requireActor();
  const p = await getProposal(actor, (await params).id);
  if (!p) notFound();
  const t = await getTranslations();
  const sp = await searchParams;
  const numbers = p.revisions.map((r) => r.number).sort((a, b) => a - b);
  const pick = (v: unknown, fallback: number) => {
    const n = Number(Array.isArray(v) ? v[0] : v);
    return numbers.includes(n) ? n : fallback;
  };
  const to = pick(sp.to, numbers[numbers.length - 1] ?? 0);
  const from = pick(sp.from, numbers[numbers.length - 2] ?? 0);
  const a = p.revisions.find((r) => r.number === from);
  const b = p.revisions.find((r) => r.number === to);
  // Co-authors compare by name, not by id.
  const planA = (a?.plan ?? {}) as PlanDraft;
  const planB = (b?.plan ?? {}) as PlanDraft;
  const people = await usersByIds([...new Set([...(planA.coAuthorIds ?? []), ...(planB.coAuthorIds ?? [])])]);
  const name = (id: string) => people.find((u) => u.id === id)?.fullName ?? id;
  const named = (plan: PlanDraft): PlanDraft => ({ ...plan, coAuthorIds: (plan.coAuthorIds ?? []).map(name) });

  return (
    <>
      <PageHeader
        title={t("compare.title")}
        subtitle={
          <Link className="text-blue-800 underline" href={`/proposals/${p.id}`}>
            {p.code} · {p.title}
          </Link>
        }
      />
      {numbers.length < 2 || !a || !b ? (
        <EmptyState title={t("compare.needTwo")} />
      ) : (
        <>
          <form method="get" className="mb-6 flex flex-wrap items-end gap-3" aria-label={t("compare.pick")}>
            <div>
              <label htmlFor="from" className="block text-sm font-medium">{t("compare.from")}</label>
              <Select id="from" name="from" defaultValue={String(from)} className="w-40">
                {numbers.map((n) => <option key={n} value={n}>{t("proposal.revision", { number: n })}</option>)}
              </Select>
            </div>
            <div>
              <label htmlFor="to" className="block text-sm font-medium">{t("compare.to")}</label>
              <Select id="to" name="to" defaultValue={String(to)} className="w-40">
                {numbers.map((n) => <option key={n} value={n}>{t("proposal.revision", { number: n })}</option>)}
              </Select>
            </div>
            <Button type="submit" variant="secondary">{t("compare.show")}</Button>
          </form>
          <RevisionDiff
            changes={comparePlans(named(planA), named(planB))}
            labels={{ from: t("proposal.revision", { number: from }), to: t("proposal.revision", { number: to }) }}
          />
        </>
      )}
    </>
  );
}
