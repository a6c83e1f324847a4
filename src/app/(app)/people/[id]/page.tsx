import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PersonRecordView } from "@/components/spread/PersonRecordView";
import { PrintButton } from "@/components/spread/PrintButton";
import { requireActor } from "@/server/auth";
import { personRecord } from "@/server/people/record";

type Params = Promise<{ id: string }>;

async function load(id: string) {
  const actor = await requireActor();
  return personRecord(actor, id === "me" ? actor.userId : id);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const r = await load((await params).id);
  const t = await getTranslations("people");
  return { title: r ? `${t("title")} · ${r.person.fullName}` : undefined };
}

/** Art. 10: the cadre's record — the person, their unit's leadership and the Commission in scope; 404 for anyone else. */
export default async function PersonPage({ params }: { params: Params }) {
  const r = await load((await params).id);
  if (!r) notFound();
  const t = await getTranslations("people");
  return (
    <>
      <div className="no-print mb-4 flex justify-end">
        <PrintButton label={t("print")} />
      </div>
      <PersonRecordView data={r} printedOn={new Date()} />
    </>
  );
}
