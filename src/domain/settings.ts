/**
 * Each person's own settings: language and which optional notifications they receive. Notices a
 * duty depends on (a request for the Party committee's opinion, an overdue step, a vote) cannot
 * be turned off; only courtesy notices can.
 */
import { z } from "zod";

export const OPTIONAL_NOTIFICATION_KINDS = ["deadline.reminder", "proposal.withdrawn", "party.answered"] as const;
export type OptionalNotificationKind = (typeof OPTIONAL_NOTIFICATION_KINDS)[number];

export const notificationPrefsSchema = z.object({
  muted: z.array(z.enum(OPTIONAL_NOTIFICATION_KINDS)).max(OPTIONAL_NOTIFICATION_KINDS.length).default([]),
});
export type NotificationPrefs = z.output<typeof notificationPrefsSchema>;

/** Reads the stored JSON; anything unreadable means "nothing muted" (a person never misses a notice by a bad row). */
export function readNotificationPrefs(raw: unknown): NotificationPrefs {
  const parsed = notificationPrefsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : { muted: [] };
}

export function isMuted(prefs: NotificationPrefs, kind: string): boolean {
  return (prefs.muted as readonly string[]).includes(kind);
}

export const updateSettingsInput = z.object({
  locale: z.enum(["vi", "en"]), // src/i18n/config LOCALES (the domain imports nothing outside itself)
  muted: z.array(z.enum(OPTIONAL_NOTIFICATION_KINDS)).max(OPTIONAL_NOTIFICATION_KINDS.length),
});
