import { defineConfig } from 'vitest/config';

/**
 * Date-sensitive tests run once per host time zone below, to prove that no result depends on the
 * host's zone. Everything else runs once.
 */
const zones = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const zoned = ['test/**/*.tz.test.ts', 'test/calendar/**/*.test.ts'];
const slow = ['test/**/*.long.test.ts', 'test/bench/**'];
/**
 * Every project: the one fast-check run count (test/support/properties.ts) set before each file,
 * and test files sharing a worker's loaded modules rather than each loading the library afresh. That
 * holds because no test resets the module registry, changes a module's state or leaves a global or
 * spy changed, and the library's module-level caches (of frozen policies' derived values) give the
 * same answers whichever file ran first; a worker serves one project only, so one time zone.
 */
const shared = { setupFiles: ['test/support/properties.ts'], isolate: false };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: ['test/**/*.test.ts'], exclude: [...zoned, ...slow], env: { TZ: 'UTC' } } },
      ...zones.map((tz) => ({ test: { ...shared, name: `TZ=${tz}`, include: zoned, exclude: slow, env: { TZ: tz } } })),
    ],
  },
});
