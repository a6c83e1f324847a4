import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/server/auth";
import { administersSomething } from "@/server/admin/scope";
import { canAtRoot } from "@/server/calendar/root";

/** /admin — the first administration page the actor may use; none → 404 (like any page outside one's rights). */
export default async function AdminPage() {
  const actor = await requireActor();
  if (await canAtRoot(actor, "holiday.manage")) redirect("/admin/calendar");
  if (await canAtRoot(actor, "regulation.manage")) redirect("/admin/regulation");
  // An administrator of a province or department manages its units and people.
  if (administersSomething(actor)) redirect("/admin/units");
  notFound();
}
