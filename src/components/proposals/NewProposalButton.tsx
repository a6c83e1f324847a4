import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import { Select } from "@/components/ui/Field";

/**
 * Opens a new draft (a POST: creating a record never happens on a GET). A cadre with roles in
 * several units picks the unit the plan belongs to.
 */
export function NewProposalButton({ units, action }: { units: { id: string; name: string }[]; action: (fd: FormData) => Promise<void> }) {
  const t = useTranslations("form");
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      {units.length > 1 ? (
        <>
          <label htmlFor="new-unit" className="sr-only">{t("unit")}</label>
          <Select id="new-unit" name="unitId" defaultValue={units[0].id} className="w-auto">
            {units.map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </Select>
        </>
      ) : (
        <input type="hidden" name="unitId" value={units[0]?.id ?? ""} />
      )}
      <Button type="submit">+ {t("newProposal")}</Button>
    </form>
  );
}
