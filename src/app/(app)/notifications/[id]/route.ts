import { NextResponse } from "next/server";
import { currentActor } from "@/server/auth";
import { openNotification } from "@/server/notifications";
import { runUseCase } from "@/server/usecase";

/**
 * GET /notifications/:id — opening a notification: marks it read (idempotent) and goes where it
 * leads (its proposal), or back to the list. Someone else's or an unknown id: the list, unchanged.
 * Links here are plain <a> (never prefetched), so only a real click marks a notification read.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const url = new URL(request.url);
  const actor = await currentActor();
  if (!actor) return NextResponse.redirect(new URL(`/login?callbackUrl=${encodeURIComponent(url.pathname)}`, url), 303);
  const { id } = await params;
  const r = await runUseCase(() => openNotification(actor, { id }));
  const target = r.ok && r.value.href && r.value.href.startsWith("/") && !r.value.href.startsWith("//") ? r.value.href : "/notifications";
  return NextResponse.redirect(new URL(target, url), 303);
}
