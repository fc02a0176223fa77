import packageJson from "../package.json" with { type: "json" };

/**
 * The version of `@ducha/io` that is running, read from its package.json at build time.
 *
 * @example
 * ```ts
 * import { VERSION } from "@ducha/io";
 *
 * console.log(VERSION); // "0.1.0"
 * ```
 * @since 0.1.0
 */
export const VERSION: string = packageJson.version;
