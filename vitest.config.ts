import { defineConfig } from 'vitest/config';

/**
 * Date-sensitive tests run once per host time zone below, to prove that no result depends on the
 * host's zone. Everything else runs once.
 */
const zones = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const zoned = ['test/**/*.tz.test.ts', 'test/calendar/**/*.test.ts'];
const slow = ['test/**/*.long.test.ts', 'test/bench/**'];
/** Every project: the one fast-check run count (test/support/properties.ts) set before each file. */
const shared = { setupFiles: ['test/support/properties.ts'] };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'unit', include: ['test/**/*.test.ts'], exclude: [...zoned, ...slow], env: { TZ: 'UTC' } } },
      ...zones.map((tz) => ({ test: { ...shared, name: `TZ=${tz}`, include: zoned, exclude: slow, env: { TZ: tz } } })),
    ],
  },
});
