import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/AdminNav";
import { PersonEditor } from "@/components/admin/PersonEditor";
import { Badge } from "@/components/ui/Badge";
import { PageHeader } from "@/components/ui/PageHeader";
import { personDetailFor, unitOptionsFor } from "@/server/admin/queries";
import { requireActor } from "@/server/auth";
import { addMembershipAction, removeMembershipAction, resetPasswordAction, setPersonActiveAction, updatePersonAction } from "../actions";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await requireActor();
  const p = await personDetailFor(actor, (await params).id);
  return { title: p?.fullName ?? (await getTranslations("admin.people"))("title") };
}

/** /admin/people/[id] — one person of the administrator's subtree; anyone else → 404. */
export default async function PersonPage({ params }: { params: Params }) {
  const actor = await requireActor();
  const person = await personDetailFor(actor, (await params).id);
  if (!person) notFound();
  const [t, units] = await Promise.all([getTranslations("admin.people"), unitOptionsFor(actor, "user.manage")]);
  return (
    <>
      <PageHeader
        title={person.fullName}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span>{person.username}</span>
            {person.active ? <Badge tone="success">{t("active")}</Badge> : <Badge tone="warning">{t("inactive")}</Badge>}
            {person.mustChangePassword ? <Badge tone="info">{t("mustChange")}</Badge> : null}
          </span>
        }
      />
      <AdminNav current="people" />
      <PersonEditor
        key={person.version}
        person={person}
        units={units}
        isSelf={person.id === actor.userId}
        calls={{ update: updatePersonAction, setActive: setPersonActiveAction, reset: resetPasswordAction, addMembership: addMembershipAction, removeMembership: removeMembershipAction }}
      />
    </>
  );
}
