import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/Badge";

const TONES: Record<string, Tone> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  IN_REVIEW: "info",
  RETURNED: "warning",
  WITHDRAWN: "neutral",
  APPROVED: "success",
  NOT_APPROVED: "danger",
  IN_PROGRESS: "brand",
  SUSPENDED: "warning",
  STOPPED: "danger",
  FINISHED: "info",
  RESULT_REPORTED: "info",
  EVALUATED: "success",
  CLOSED: "neutral",
};

export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("status");
  return <Badge tone={TONES[status] ?? "neutral"}>{t(status)}</Badge>;
}
