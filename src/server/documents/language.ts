import { createTranslator, type AbstractIntlMessages } from "next-intl";
import type { DocumentLanguage } from "@/components/documents/official-document-model";
import { TIME_ZONE, type Locale } from "@/i18n/config";
import en from "../../../messages/en.json";
import vi from "../../../messages/vi.json";

/**
 * The language of the document itself, whatever the reader's interface language: an
 * administrative document of a Vietnamese public body is written in Vietnamese (Nghị định
 * 30/2020/NĐ-CP), the plan's content was typed in Vietnamese, and the same revision must print the
 * same paper whoever prints it. The toolbar around the printable page follows the reader's locale.
 */
export const DOCUMENT_LOCALE: Locale = "vi";

const MESSAGES: Record<Locale, AbstractIntlMessages> = { vi, en };

export function documentLanguage(locale: Locale = DOCUMENT_LOCALE): DocumentLanguage {
  const t = createTranslator({ locale, messages: MESSAGES[locale], timeZone: TIME_ZONE });
  return { locale, t: (key, values) => t(key as never, values as never) };
}
