/**
 * Documented limits of the self-assessment readers, each enforced with a typed error
 * (`'limit-exceeded'`, carrying `limit`). The Code 2024 form has 72 provisions, so the limits are
 * far beyond any real assessment; they bound the work a hostile file can ask for.
 */

/**
 * The most entries an assessment may have (rows of a CSV file, items of the JSON `entries`).
 *
 * @example
 * ```ts
 * if (text.split('\n').length - 1 > MAX_ASSESSMENT_ENTRIES) console.error('too many rows');
 * ```
 */
export const MAX_ASSESSMENT_ENTRIES = 100_000;

/**
 * The largest self-assessment file the command reads, in bytes (32 MiB).
 *
 * @example
 * ```ts
 * if (statSync(file).size > MAX_ASSESSMENT_FILE_BYTES) console.error('file too large');
 * ```
 */
export const MAX_ASSESSMENT_FILE_BYTES = 32 * 1024 * 1024;
