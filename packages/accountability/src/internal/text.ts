import { type LocalizedText, localize } from "@ducha/schema";

/** Both language versions of a localized name, falling back to the other language or the id. @internal */
export function bothNames(text: LocalizedText | undefined, id: string): { zh: string; en: string } {
  if (text === undefined) return { zh: id, en: id };
  return { zh: localize(text, "zh") || id, en: localize(text, "en") || id };
}
