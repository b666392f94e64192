#!/usr/bin/env node
// Season scheduler benchmark (libs/scheduling), issue 6: a seeded season of 200 conversations ×
// 20 candidate slots (from a three-week window of a 200-slot pool across the March DST change) ×
// 15–40 invitees drawn from a shared pool of 1,500 people × 30 venues (2–4 candidates each).
// Prints the time, conversations scheduled and the score against upper bounds (per conversation
// alone: feasible count and the sum of best scores), and whether the checker finds any violation.
// Each seed runs in its own Node process so its time and peak memory stand alone.
// Also the heuristic alone (exactBudget 0) for comparison, and a second solve to check determinism.
// Usage: npm run bench:scheduling [-- seed ...]   (no arguments: seeds 1, 2, 3)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

function bundle() {
  const outfile = join(root, 'dist/libs/scheduling/bench/index.cjs');
  mkdirSync(join(root, 'dist/libs/scheduling/bench'), { recursive: true });
  require('esbuild').buildSync({
    entryPoints: [join(root, 'libs/scheduling/src/index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    outfile,
  });
  return outfile;
}

const seconds = (start) => Number(((performance.now() - start) / 1000).toFixed(3));

function runSeed(seed, lib) {
  const m = require(lib);
  let start = performance.now();
  const document = m.randomLargeSeason(seed, {
    conversations: 200,
    people: 1500,
    venues: 30,
    slotsPerConversation: 20,
    minInvitees: 15,
    maxInvitees: 40,
  });
  const buildSeconds = seconds(start);
  const json = JSON.stringify(document);
  start = performance.now();
  const result = m.solveSeason(JSON.parse(json));
  const solveSeconds = seconds(start);
  start = performance.now();
  const violations = m.checkSchedule(document, result);
  const checkSeconds = seconds(start);
  const again = m.solveSeason(JSON.parse(json));
  // The heuristic alone (no exact search, no neighbourhoods), for comparison.
  start = performance.now();
  const heuristic = m.solveSeason(JSON.parse(json), { exactBudget: 0 });
  const heuristicSeconds = seconds(start);
  const bound = result.stats.upperBound;
  const codes = {};
  for (const u of result.unscheduled) codes[u.details.code] = (codes[u.details.code] ?? 0) + 1;
  return {
    seed,
    conversations: document.conversations.length,
    availabilityAnswers: document.availability.length,
    documentMb: Number((json.length / 1048576).toFixed(1)),
    buildSeconds,
    seconds: solveSeconds,
    scheduled: result.scheduledCount,
    feasibleAlone: bound.scheduledCount,
    totalScore: result.totalScore,
    scoreBound: bound.totalScore,
    scoreGapPercent: Number(
      (((bound.totalScore - result.totalScore) / bound.totalScore) * 100).toFixed(2),
    ),
    heuristicOnly: {
      seconds: heuristicSeconds,
      scheduled: heuristic.scheduledCount,
      totalScore: heuristic.totalScore,
    },
    provenOptimal: result.stats.provenOptimal,
    searchWork: result.stats.searchWork,
    components: result.stats.components,
    largestComponent: result.stats.largestComponent,
    unscheduledCodes: codes,
    violations: violations.length,
    checkSeconds,
    deterministic: JSON.stringify(again) === JSON.stringify(result),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

const child = process.argv.indexOf('--seed');
if (child >= 0) {
  console.log(JSON.stringify(runSeed(Number(process.argv[child + 1]), process.argv[child + 2])));
} else {
  const seeds = process.argv.slice(2).map(Number);
  if (seeds.some((s) => !Number.isInteger(s))) {
    console.error('usage: node test/bench/scheduling.mjs [seed ...]');
    process.exit(2);
  }
  const lib = bundle();
  console.log(`scheduling benchmark, Node ${process.version}, ${new Date().toISOString()}`);
  for (const seed of seeds.length ? seeds : [1, 2, 3]) {
    const run = spawnSync(
      process.execPath,
      [new URL(import.meta.url).pathname, '--seed', String(seed), lib],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (run.status !== 0) {
      console.error(`seed ${seed}: failed (exit ${run.status})`);
      process.exitCode = 1;
      continue;
    }
    const result = JSON.parse(run.stdout);
    console.log(JSON.stringify(result));
    if (result.violations || !result.deterministic) process.exitCode = 1;
  }
}
