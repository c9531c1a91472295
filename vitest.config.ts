import { defineConfig } from 'vitest/config';

/**
 * Date-sensitive tests run once per host time zone below, to prove that no result depends on the
 * host's zone. Everything else runs once.
 */
const zones = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const zoned = ['test/**/*.tz.test.ts', 'test/calendar/**/*.test.ts'];
const slow = ['test/**/*.long.test.ts', 'test/bench/**'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...zoned, ...slow], env: { TZ: 'UTC' } } },
      ...zones.map((tz) => ({ test: { name: `TZ=${tz}`, include: zoned, exclude: slow, env: { TZ: tz } } })),
    ],
  },
});
