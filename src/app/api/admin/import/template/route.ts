import { IMPORT_KINDS, type ImportKind } from "@/domain/admin-import";
import { administersSomething } from "@/server/admin/scope";
import { templateCsv, templateXlsx } from "@/server/admin/import-file";
import { currentActor } from "@/server/auth";
import { errorJson, fileResponse } from "../../../reports/http";

/** GET /api/admin/import/template?kind=people&format=csv|xlsx — the columns and two example rows. */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return errorJson("UNAUTHENTICATED", 401);
  if (!administersSomething(actor, "user.manage")) return errorJson("NOT_FOUND", 404);
  const url = new URL(request.url);
  const kind = url.searchParams.get("kind") as ImportKind;
  if (!IMPORT_KINDS.includes(kind)) return errorJson("NOT_FOUND", 404);
  const name = kind === "units" ? "mau-nhap-don-vi" : "mau-nhap-nguoi-dung";
  if (url.searchParams.get("format") === "xlsx") {
    return fileResponse({ fileName: `${name}.xlsx`, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data: await templateXlsx(kind) });
  }
  return fileResponse({ fileName: `${name}.csv`, mimeType: "text/csv; charset=utf-8", data: new TextEncoder().encode(templateCsv(kind)) });
}
