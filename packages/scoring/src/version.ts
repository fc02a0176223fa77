import packageJson from "../package.json" with { type: "json" };

/**
 * The version of `@ducha/scoring` that is running, read from its package.json at build time.
 *
 * @since 0.1.0
 */
export const VERSION: string = packageJson.version;
