import base from './jest.config.js'

/**
 * The fault suite (tests/faults/*.fault.ts): restarts its own PostgreSQL server and kills
 * Chromium under two live instances, so it runs after the main suites, alone, one file at a time.
 * `npm test` runs it after the rest.
 */
/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: ['<rootDir>/tests/faults/**/*.fault.ts'],
  maxWorkers: 1,
  testTimeout: 300000,
}
