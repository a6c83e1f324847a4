import { currentActor } from "@/server/auth";
import { openNotification } from "@/server/notifications";
import { runUseCase } from "@/server/usecase";

/**
 * GET /notifications/:id — opening a notification: marks it read (idempotent) and goes where it
 * leads (its proposal), or back to the list. Someone else's or an unknown id: the list, unchanged.
 * Links here are plain <a> (never prefetched), so only a real click marks a notification read.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  // Relative Locations: the host the server sees may not be the one the browser used.
  if (!actor) return see(`/login?callbackUrl=${encodeURIComponent(new URL(request.url).pathname)}`);
  const { id } = await params;
  const r = await runUseCase(() => openNotification(actor, { id }));
  const target = r.ok && r.value.href && r.value.href.startsWith("/") && !r.value.href.startsWith("//") ? r.value.href : "/notifications";
  return see(target);
}

function see(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
