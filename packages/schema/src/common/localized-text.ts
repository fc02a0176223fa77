import { z } from "zod";

/**
 * Text in Chinese and/or English (`{ zh: "地区生产总值", en: "GDP" }`); at least one is required.
 * Plain strings are accepted too and mean the same text in every language.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ zh: "生态环境", en: "Ecology and environment" });
 * LocalizedTextSchema.parse("GDP");
 * ```
 * @since 0.1.0
 */
export const LocalizedTextSchema = z.union([
  z.string().min(1).max(500),
  z
    .strictObject({
      zh: z.string().min(1).max(500).optional(),
      en: z.string().min(1).max(500).optional(),
    })
    .refine((t) => t.zh !== undefined || t.en !== undefined, {
      message: "expected at least one of zh and en",
      params: { code: "missing_text" },
    }),
]);

/** Text in Chinese and/or English; see {@link LocalizedTextSchema}. @since 0.1.0 */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Picks the text for a language, falling back to the other language.
 *
 * @param text - localized text
 * @param lang - `"zh"` or `"en"`; defaults to `"en"`
 * @example
 * ```ts
 * localize({ zh: "优秀", en: "Excellent" }, "zh"); // "优秀"
 * ```
 * @since 0.1.0
 */
export function localize(text: LocalizedText, lang: "zh" | "en" = "en"): string {
  if (typeof text === "string") return text;
  return (lang === "zh" ? (text.zh ?? text.en) : (text.en ?? text.zh)) ?? "";
}
