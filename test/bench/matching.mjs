#!/usr/bin/env node
// Matching engine benchmark (libs/matching), issue 5. Each case runs in its own Node process so
// its time and peak memory (max RSS) stand alone:
//   ranking       top-10 for 10,000 needs among 10,000 cohorts (and back), 500-skill taxonomy,
//                 3–10 skills each
//   optimal-2000  optimal allocation, 2,000 × 2,000 dense (4,000,000 pairs), capacities 1–10
//   lp-2000       the same instance as a generic LP, solved by HiGHS (the reference)
//   clp-2000      the same LP solved by COIN-OR CLP, a native simplex solver (Debian package
//                 coinor-clp; skipped when /usr/bin/clp is missing), since HiGHS-in-WebAssembly
//                 runs out of memory at this size
//   optimal-1000, lp-1000, clp-1000   the same at 1,000 × 1,000 dense (1,000,000 pairs)
//   optimal-10000 optimal allocation, 10,000 × 10,000 with 50 candidates per need (500,000 pairs)
//   whole-2000, whole-1000, whole-10000   the optimal solver without pricing (every pair in one solve)
//   stable-2000, stable-10000   deferred acceptance on the same two instances
// Usage: npm run bench:matching [-- case ...]   (no arguments: every case, in that order)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const CASES = [
  'ranking',
  'optimal-2000',
  'lp-2000',
  'clp-2000',
  'optimal-1000',
  'lp-1000',
  'clp-1000',
  'optimal-10000',
  'whole-2000',
  'whole-1000',
  'whole-10000',
  'stable-2000',
  'stable-10000',
];

function bundle() {
  const outfile = join(root, 'dist/libs/matching/bench/index.cjs');
  mkdirSync(join(root, 'dist/libs/matching/bench'), { recursive: true });
  require('esbuild').buildSync({
    entryPoints: [join(root, 'libs/matching/src/index.ts')],
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
const mb = (bytes) => Math.round(bytes / 1048576);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function instance(m, size, policy) {
  const options =
    size <= 2000
      ? { policy, demands: size, supplies: size, density: 1 }
      : { policy, demands: 10000, supplies: 10000, candidates: 50 };
  const doc = m.randomRound(size, {
    ...options,
    minCapacity: 1,
    maxCapacity: 10,
    preferences: policy === 'stable',
  });
  return m.indexRound(doc);
}

async function runCase(name, lib) {
  const m = require(lib);
  if (name === 'ranking') {
    const options = { taxonomy: 500, minSkills: 3, maxSkills: 10 };
    const needs = m.randomNeeds(1, 10000, options);
    const cohorts = m.randomCohorts(2, 10000, options);
    const scorer = new m.Scorer();
    let start = performance.now();
    const cohortIndex = new m.SupplyIndex(cohorts, scorer);
    const needIndex = new m.DemandIndex(needs, scorer);
    const buildSeconds = seconds(start);
    start = performance.now();
    let evaluated = 0;
    let checksum = 0;
    for (const need of needs) {
      const top = cohortIndex.top(need, 10);
      evaluated += cohortIndex.lastStats.evaluated;
      checksum += top.length;
    }
    const needsSeconds = seconds(start);
    const needsEvaluated = Math.round(evaluated / needs.length);
    start = performance.now();
    evaluated = 0;
    for (const cohort of cohorts) {
      checksum += needIndex.top(cohort, 10).length;
      evaluated += needIndex.lastStats.evaluated;
    }
    return {
      case: name,
      buildSeconds,
      needsToCohortsSeconds: needsSeconds,
      scoredPerNeed: needsEvaluated,
      cohortsToNeedsSeconds: seconds(start),
      scoredPerCohort: Math.round(evaluated / cohorts.length),
      buckets: cohortIndex.bucketCount,
      results: checksum,
      heapUsedMb: mb(process.memoryUsage().heapUsed),
      peakRssMb: peakRssMb(),
    };
  }
  const [policy, sizeText] = name.split('-');
  const size = Number(sizeText);
  let start = performance.now();
  const round = instance(m, size, policy === 'stable' ? 'stable' : 'optimal');
  // whole-N: the optimal solver over every pair at once (no pricing), for comparison.
  const buildSeconds = seconds(start);
  const rssBefore = mb(process.memoryUsage().rss);
  const common = { case: name, pairs: round.score.length, buildSeconds };
  if (policy === 'clp') return { ...common, ...(await solveClp(round)), rssBeforeMb: rssBefore };
  if (policy === 'lp') {
    const highs = await require('highs')();
    start = performance.now();
    let total;
    try {
      total = solveLp(highs, round);
    } catch (error) {
      // HiGHS compiled to WebAssembly has at most 4 GB of memory and aborts beyond it.
      total = `HiGHS failed: ${error.message.split('.')[0]}`;
    }
    return {
      ...common,
      seconds: seconds(start),
      totalScore: total,
      rssBeforeMb: rssBefore,
      peakRssMb: peakRssMb(),
    };
  }
  start = performance.now();
  let totalScore;
  let extra = {};
  if (policy === 'optimal' || policy === 'whole') {
    const solution = m.solveOptimal(
      round,
      policy === 'whole' ? { candidatesPerNeed: Infinity } : {},
    );
    totalScore = solution.totalScore;
    const certificate = m.checkOptimalityCertificate(
      round,
      totalScore,
      solution.demandDual,
      solution.supplyDual,
    );
    extra = {
      augmentations: solution.augmentations,
      pricingRounds: solution.pricingRounds,
      certified: certificate.length === 0,
    };
  } else {
    const counts = m.solveStable(round);
    totalScore = m.toResult(round, counts).totalScore;
    extra = { blockingPairs: m.blockingPairs(round, counts).length };
  }
  const solveSeconds = seconds(start);
  return {
    ...common,
    seconds: solveSeconds,
    totalScore: Number(totalScore.toFixed(6)),
    ...extra,
    rssBeforeMb: rssBefore,
    peakRssMb: peakRssMb(),
  };
}

// The transportation LP, straight from the arrays: max Σ score·x, row and column capacities.
function solveLp(highs, round) {
  const numCols = round.score.length;
  const n = round.demandIds.length;
  const numRows = n + round.supplyIds.length;
  const starts = new Int32Array(numCols + 1);
  const indices = new Int32Array(2 * numCols);
  for (let k = 0; k < numCols; k++) {
    starts[k + 1] = 2 * (k + 1);
    indices[2 * k] = round.pairDemand[k];
    indices[2 * k + 1] = n + round.pairSupply[k];
  }
  const rowUpper = new Float64Array(numRows);
  rowUpper.set(round.demandCap, 0);
  rowUpper.set(round.supplyCap, n);
  return highs.withModel(
    {
      numCols,
      numRows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: round.score,
      colLower: new Float64Array(numCols),
      colUpper: new Float64Array(numCols).fill(highs.infinity),
      rowLower: new Float64Array(numRows).fill(-highs.infinity),
      rowUpper,
      matrix: {
        format: 'csc',
        numRows,
        numCols,
        starts,
        indices,
        values: new Float64Array(2 * numCols).fill(1),
      },
    },
    (model) => {
      // BENCH_LP_OPTIONS (JSON) adds HiGHS options, e.g. '{"presolve":"off"}'.
      model.options.set({
        output_flag: false,
        time_limit: 1800,
        ...JSON.parse(process.env.BENCH_LP_OPTIONS ?? '{}'),
      });
      model.run();
      const status = model.getModelStatus();
      if (status !== highs.constants.modelStatus.optimal) return `not optimal (status ${status})`;
      return Number(model.getObjectiveValue().toFixed(6));
    },
  );
}

// The same transportation LP as an MPS file, solved by the clp binary in its own process.
// `seconds` is the wall time of the clp process (reading the file included); `clpSeconds` is
// the time CLP reports for itself.
async function solveClp(round) {
  const CLP = '/usr/bin/clp';
  if (!existsSync(CLP)) return { skipped: 'install coinor-clp (apt-get install -y coinor-clp)' };
  const dir = mkdtempSync(join(tmpdir(), 'knooppunt-clp-'));
  try {
    const file = join(dir, 'round.mps');
    const out = createWriteStream(file);
    const write = (text) =>
      out.write(text) ? undefined : new Promise((resolve) => out.once('drain', resolve));
    const n = round.demandIds.length;
    const rows = n + round.supplyIds.length;
    await write('NAME ROUND\nROWS\n N obj\n');
    for (let r = 0; r < rows; r++) await write(` L r${r}\n`);
    await write('COLUMNS\n');
    let chunk = '';
    for (let k = 0; k < round.score.length; k++) {
      // CLP minimises by default; -maximise below flips the sense.
      chunk += ` x${k} obj ${round.score[k].toExponential(16)} r${round.pairDemand[k]} 1\n x${k} r${n + round.pairSupply[k]} 1\n`;
      if (chunk.length > 1 << 20) {
        await write(chunk);
        chunk = '';
      }
    }
    await write(chunk + 'RHS\n');
    for (let i = 0; i < n; i++) await write(` rhs r${i} ${round.demandCap[i]}\n`);
    for (let j = 0; j < round.supplyIds.length; j++) {
      await write(` rhs r${n + j} ${round.supplyCap[j]}\n`);
    }
    await write('ENDATA\n');
    await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
    const start = performance.now();
    const run = spawnSync(CLP, [file, '-maximize', '-dualsimplex'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const wall = seconds(start);
    const objective = /Optimal objective\s+([-0-9.e+]+)/i.exec(run.stdout ?? '');
    const own = /Optimal objective [^\n]* iterations time ([0-9.]+)/.exec(run.stdout ?? '');
    return {
      seconds: wall,
      clpSeconds: own ? Number(own[1]) : null,
      totalScore: objective
        ? Math.abs(Number(objective[1]))
        : `clp failed (exit ${run.status}): ${(run.stdout ?? '').trim().split('\n').slice(-3).join(' / ')} ${run.stderr ?? ''}`,
    };
  } finally {
    if (!process.env.BENCH_KEEP_MPS) rmSync(dir, { recursive: true, force: true });
  }
}

const child = process.argv.indexOf('--case');
if (child >= 0) {
  const result = await runCase(process.argv[child + 1], process.argv[child + 2]);
  console.log(JSON.stringify(result));
} else {
  const requested = process.argv.slice(2);
  const cases = requested.length ? requested : CASES;
  const unknown = cases.filter((c) => !CASES.includes(c));
  if (unknown.length) {
    console.error(`Unknown case(s): ${unknown.join(', ')}. Cases: ${CASES.join(', ')}`);
    process.exit(2);
  }
  const lib = bundle();
  console.log(`matching benchmark, Node ${process.version}, ${new Date().toISOString()}`);
  for (const name of cases) {
    const run = spawnSync(
      process.execPath,
      ['--max-old-space-size=8192', new URL(import.meta.url).pathname, '--case', name, lib],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    if (run.status !== 0) {
      console.error(`${name}: failed (exit ${run.status})`);
      process.exitCode = 1;
      continue;
    }
    console.log(run.stdout.trim());
  }
}
