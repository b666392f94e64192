#!/usr/bin/env node
// Runs the test suites in order and prints one total line: "N passed, N failed".
// Usage: node test/run.mjs [all|lint|unit|integration|e2e|totals]...
// The database follows the environment: embedded PGlite, or DATABASE_URL's server.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'test-results');
const database = process.env.DATABASE_URL ? 'postgresql' : 'embedded';
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

const UNIT = [
  ['domain', 'libs/domain/jest.config.cts'],
  ['matching', 'libs/matching/jest.config.cts'],
  ['scheduling', 'libs/scheduling/jest.config.cts'],
  ['api', 'api/jest.config.cts'],
  ['web', 'web/jest.config.cts'],
];

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  return result.status === 0;
}

function jest(name, config, extra = []) {
  const outputFile = join(results, `${database}-${name}.json`);
  rmSync(outputFile, { force: true });
  const ok = run('npx', [
    'jest',
    '--config',
    config,
    '--ci',
    '--json',
    '--outputFile',
    outputFile,
    ...extra,
  ]);
  if (!existsSync(outputFile)) {
    console.error(`${name}: jest wrote no results (it crashed before running tests)`);
    return false;
  }
  return ok;
}

const steps = {
  lint: () =>
    run('npx', ['nx', 'run-many', '-t', 'lint', '--', '--max-warnings=0']) &&
    // ts-jest transpiles without type checks: check the specs and suites here.
    run('npx', ['tsc', '--noEmit', '-p', 'api/tsconfig.spec.json']) &&
    run('npx', ['tsc', '--noEmit', '-p', 'libs/domain/tsconfig.spec.json']) &&
    run('npx', ['tsc', '--noEmit', '-p', 'libs/matching/tsconfig.lib.json']) &&
    run('npx', ['tsc', '--noEmit', '-p', 'libs/matching/tsconfig.spec.json']) &&
    run('npx', ['tsc', '--noEmit', '-p', 'libs/scheduling/tsconfig.lib.json']) &&
    run('npx', ['tsc', '--noEmit', '-p', 'libs/scheduling/tsconfig.spec.json']) &&
    run('npx', ['tsc', '--noEmit', '-p', 'test/tsconfig.json']) &&
    run('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check']),
  unit: () => UNIT.map(([name, config]) => jest(`unit-${name}`, config)).every(Boolean),
  integration: () => jest('integration', 'test/integration/jest.config.cts', ['--runInBand']),
  e2e: () =>
    run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api,web']) &&
    jest('e2e', 'test/e2e/jest.config.cts', ['--runInBand']),
  totals: () => true,
};

function totals() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (!existsSync(results)) return { passed, failed, skipped };
  for (const file of readdirSync(results)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const report = JSON.parse(readFileSync(join(results, file), 'utf8'));
    const suiteFailures = report.numFailedTestSuites ?? 0;
    console.log(
      `  ${file.replace(/\.json$/, '').padEnd(28)} ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped` +
        (suiteFailures ? `, ${suiteFailures} suite(s) failed to run` : ''),
    );
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numFailedTests === 0 ? suiteFailures : 0);
    skipped += report.numPendingTests;
  }
  return { passed, failed, skipped };
}

const requested = process.argv.slice(2);
const order =
  requested.length === 0 || requested.includes('all')
    ? ['lint', 'unit', 'integration', 'e2e']
    : requested;
const unknown = order.filter((step) => !(step in steps));
if (unknown.length) {
  console.error(
    `Unknown step(s): ${unknown.join(', ')}. Use lint, unit, integration, e2e, totals or all.`,
  );
  process.exit(2);
}
if (!order.includes('totals') && (requested.length === 0 || requested.includes('all'))) {
  rmSync(results, { recursive: true, force: true });
}
mkdirSync(results, { recursive: true });

const failedSteps = [];
for (const step of order) {
  if (!steps[step]()) failedSteps.push(step);
}
console.log(`\nTest results (${readdirSync(results).length} report(s) in test-results/):`);
const { passed, failed, skipped } = totals();
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length || failed ? 1 : 0);
