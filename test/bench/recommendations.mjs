#!/usr/bin/env node
// Recommendation benchmark on a real PostgreSQL (DATABASE_URL, default the local server):
// seeds 10,000 internship needs and 10,000 cohorts (3–10 skills each from the taxonomy, five
// levels, periods spread over 2027, six municipalities) into a fresh database, starts the built
// platform on it, and measures `recommendedCohorts(take: 10)` for different needs (mode
// `cohorts`, the default) or `recommendedNeeds(take: 10)` for different cohorts (mode `needs`),
// with nested fields and the explanation: p50 / p95 latency, SQL statements per request, and
// the candidates the SQL hands to the engine.
//   npm run build && node test/bench/recommendations.mjs [requests] [cohorts|needs]
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';

const root = new URL('../..', import.meta.url).pathname;
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const requests = Number(process.argv[2] ?? 300);
const mode = process.argv[3] ?? 'cohorts';
if (mode !== 'cohorts' && mode !== 'needs')
  throw new Error(`unknown mode ${mode}: cohorts or needs`);
const NEEDS = 10_000;
const COHORTS = 10_000;

const name = `knooppunt_bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const db = new pg.Client({ connectionString: url.toString() });

const port = await new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['dist/api/main.js'], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: url.toString(),
    SEED_DEMO: 'true',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    RATE_LIMIT_PER_MINUTE: '1000000',
    AUTH_RATE_LIMIT: '100000',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

async function gql(query, variables, token) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

// Pseudo-random but reproducible: the k-th skill of listing g.
const LEVELS = `ARRAY['MBO_2','MBO_3','MBO_4','HBO_BACHELOR','WO_MASTER']`;
const PLACES = `ARRAY['GM0358','GM0362','GM0384','GM0394','GM0437','GM0451']`;

try {
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(`${base}/health/ready`)).status === 200) break;
    } catch {
      // not up yet
    }
    if (i > 600 || server.exitCode !== null) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  await db.connect();
  const seeded = Date.now();
  await db.query(`
    WITH companies AS (SELECT array_agg(id ORDER BY id) AS ids FROM organisation WHERE helix = 'BUSINESS' AND status = 'ACTIVE')
    INSERT INTO internship_need (organisation_id, title, description, field_of_study, levels, start_date, end_date,
                                 hours_per_week, places, site_municipality_code, themes, status, monthly_compensation)
    SELECT c.ids[1 + g % array_length(c.ids, 1)], 'Stage ' || g, '', 'Logistiek',
           ARRAY[(${LEVELS})[1 + (g * 7) % 5]]::education_level[],
           date '2027-01-01' + (g * 13) % 300, date '2027-01-01' + (g * 13) % 300 + 60 + g % 90,
           32, 1 + g % 4, (${PLACES})[1 + (g * 5) % 6],
           ARRAY[(ARRAY['LOGISTICS','DIGITAL','HORTICULTURE','SUSTAINABILITY','TECHNICAL'])[1 + g % 5]]::theme[],
           'OPEN', CASE WHEN g % 3 = 0 THEN NULL ELSE 450 END
    FROM generate_series(1, ${NEEDS}) g, companies c`);
  await db.query(`
    WITH skills AS (SELECT array_agg(id ORDER BY code) AS ids FROM skill),
         needs AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM internship_need)
    INSERT INTO internship_need_skill (need_id, skill_id, importance)
    SELECT n.id, s.ids[1 + ((n.k * 7919 + j * 104729) % array_length(s.ids, 1))],
           CASE WHEN j < 2 THEN 'MUST_HAVE' ELSE 'NICE_TO_HAVE' END::skill_importance
    FROM needs n, skills s, generate_series(0, 9) j
    WHERE j < 3 + n.k % 8
    ON CONFLICT DO NOTHING`);
  await db.query(`
    WITH schools AS (SELECT array_agg(id ORDER BY id) AS ids FROM organisation WHERE helix = 'EDUCATION' AND status = 'ACTIVE')
    INSERT INTO cohort (organisation_id, programme_name, programme_code, description, level, students, start_date, end_date,
                        municipality_code, max_travel_minutes, status)
    SELECT s.ids[1 + g % array_length(s.ids, 1)], 'Opleiding ' || g, lpad((10000 + g % 89999)::text, 5, '0'), '',
           (${LEVELS})[1 + (g * 3) % 5]::education_level, 5 + g % 30,
           date '2027-01-01' + (g * 11) % 300, date '2027-01-01' + (g * 11) % 300 + 90 + g % 60,
           (${PLACES})[1 + (g * 7) % 6], 30 + 15 * (g % 3), 'OPEN'
    FROM generate_series(1, ${COHORTS}) g, schools s`);
  await db.query(`
    WITH skills AS (SELECT array_agg(id ORDER BY code) AS ids FROM skill),
         cohorts AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM cohort)
    INSERT INTO cohort_skill (cohort_id, skill_id)
    SELECT c.id, s.ids[1 + ((c.k * 6007 + j * 15485863) % array_length(s.ids, 1))]
    FROM cohorts c, skills s, generate_series(0, 9) j
    WHERE j < 3 + c.k % 8
    ON CONFLICT DO NOTHING`);
  await db.query('ANALYZE');
  const counts = (
    await db.query(`SELECT (SELECT count(*) FROM internship_need) AS needs, (SELECT count(*) FROM cohort) AS cohorts,
      (SELECT count(*) FROM skill) AS skills,
      (SELECT count(*) FROM internship_need_skill) AS need_skills, (SELECT count(*) FROM cohort_skill) AS cohort_skills`)
  ).rows[0];
  console.log(
    `seeded ${counts.needs} needs (${counts.need_skills} skill links) and ${counts.cohorts} cohorts ` +
      `(${counts.cohort_skills}) over ${counts.skills} skills in ${((Date.now() - seeded) / 1000).toFixed(1)} s`,
  );

  const { login } = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { email: 'bedrijf@knooppunt.example', password: 'Knooppunt-demo-2026' },
  });
  const token = login.token;
  const sources = (
    await db.query(
      mode === 'cohorts'
        ? `SELECT id FROM internship_need WHERE status = 'OPEN' ORDER BY md5(id::text) LIMIT 200`
        : `SELECT id FROM cohort WHERE status = 'OPEN' ORDER BY md5(id::text) LIMIT 200`,
    )
  ).rows.map((r) => r.id);
  const explanation = `explanation { components { skills level period reach theme }
    matchedSkills { importance skill { code labelNl } } partialSkills { skill { code } }
    missingSkills { importance skill { code labelNl } } barriers { code travelMinutes maxTravelMinutes }
    travelMinutes overlapDays }`;
  const query =
    mode === 'cohorts'
      ? `query($id: ID!) { list: recommendedCohorts(needId: $id, take: 10) { score
      cohort { id programmeName level startDate endDate organisation { name } municipality { name } skills { code } }
      ${explanation} } }`
      : `query($id: ID!) { list: recommendedNeeds(cohortId: $id, take: 10) { score
      internshipNeed { id title levels organisation { name } siteMunicipality { name } } ${explanation} } }`;

  // How many candidates the SQL hands to the engine (the cap is 500): the same conditions, counted.
  const candidates = [];
  if (mode === 'cohorts') {
    for (const id of sources.slice(0, 50)) {
      const [row] = (
        await db.query(
          `SELECT count(DISTINCT c.id)::int AS n FROM internship_need n
           JOIN internship_need_skill ns ON ns.need_id = n.id
           JOIN cohort_skill cs ON cs.skill_id = ns.skill_id JOIN cohort c ON c.id = cs.cohort_id
           WHERE n.id = $1 AND c.status = 'OPEN' AND c.start_date <= n.end_date AND c.end_date >= n.start_date
             AND (CASE WHEN c.level IN ('MBO_1','MBO_2','MBO_3','MBO_4') THEN 'MBO'
                       WHEN c.level IN ('ASSOCIATE_DEGREE','HBO_BACHELOR') THEN 'HBO' ELSE 'WO' END)
               = ANY(SELECT CASE WHEN l IN ('MBO_1','MBO_2','MBO_3','MBO_4') THEN 'MBO'
                       WHEN l IN ('ASSOCIATE_DEGREE','HBO_BACHELOR') THEN 'HBO' ELSE 'WO' END FROM unnest(n.levels) l)`,
          [id],
        )
      ).rows;
      candidates.push(row.n);
    }
    candidates.sort((a, b) => a - b);
    console.log(
      `candidates per need (SQL, before the cap of 500): median ${candidates[25]}, max ${candidates[49]} of ${counts.cohorts} cohorts`,
    );
  }

  const sample = await gql(query, { id: sources[0] }, token);
  console.log(
    `${mode}: ${sample.list.length} recommendations, best ${sample.list[0]?.score}, tenth ${sample.list.at(-1)?.score}`,
  );
  const statements = async () =>
    Number(
      (
        await db.query(
          'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1',
          [name],
        )
      ).rows[0].n,
    );
  for (let i = 0; i < 30; i += 1) await gql(query, { id: sources[i % sources.length] }, token); // warm-up
  const latencies = [];
  await new Promise((r) => setTimeout(r, 1500));
  const before = await statements();
  const started = performance.now();
  for (let i = 0; i < requests; i += 1) {
    const t0 = performance.now();
    await gql(query, { id: sources[i % sources.length] }, token);
    latencies.push(performance.now() - t0);
  }
  const elapsed = performance.now() - started;
  await new Promise((r) => setTimeout(r, 1500));
  const perRequest = (await statements()) - before - 2;
  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  console.log(
    `${mode === 'cohorts' ? 'recommendedCohorts' : 'recommendedNeeds'}(take: 10), 1 client: ${latencies.length} requests, ` +
      `p50 ${pct(50)} ms, p95 ${pct(95)} ms, ${(latencies.length / (elapsed / 1000)).toFixed(0)} req/s, ` +
      `${(perRequest / latencies.length).toFixed(1)} SQL statements per request`,
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await db.end().catch(() => undefined);
  // KEEP_DATABASE=1 keeps the seeded database for EXPLAIN (drop it yourself).
  if (process.env.KEEP_DATABASE === '1') console.log(`kept database ${name}`);
  else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
