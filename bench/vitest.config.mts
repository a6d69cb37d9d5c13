import { defineConfig, mergeConfig } from 'vitest/config';
import unit from '../vitest.config.mts';

// The PDF timings run under vitest (the unit tests' aliases): @react-pdf/renderer is ESM-only, which tsx's
// CommonJS loader cannot require.
const config = mergeConfig(unit, defineConfig({ test: { maxWorkers: 1, testTimeout: 900_000, hookTimeout: 900_000 } }));
config.test!.include = ['bench/reports-timing.ts'];
export default config;
