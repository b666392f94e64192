#!/usr/bin/env node
// Marketplace list benchmark on a real PostgreSQL (DATABASE_URL, default the local server):
// seeds 50,000 internship needs and 20,000 cohorts into a fresh database, starts the built
// platform on it, and measures a filtered, full-text list query of 50 needs with nested fields:
// p50 / p95 latency and SQL statements per request, with one client and with 20 concurrent.
// With `cohorts` it measures the same for a list of 50 cohorts instead.
//   npm run build && node test/bench/marketplace.mjs [requests-per-client] [needs|cohorts]
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';

const root = new URL('../..', import.meta.url).pathname;
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const perClient = Number(process.argv[2] ?? 200);
const list = process.argv[3] ?? 'needs';
if (list !== 'needs' && list !== 'cohorts')
  throw new Error(`unknown list ${list}: needs or cohorts`);
const NEEDS = 50_000;
const COHORTS = 20_000;

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
  // Needs and cohorts spread over the demo companies and schools, levels, periods and words.
  await db.query(`
    WITH companies AS (SELECT array_agg(id) AS ids FROM organisation WHERE helix = 'BUSINESS' AND status = 'ACTIVE'),
         words AS (SELECT ARRAY['logistiek','kas','software','data','luchtvracht','warmtepomp','magazijn','duurzaam','energie','onderhoud'] AS w)
    INSERT INTO internship_need (organisation_id, title, description, field_of_study, levels, start_date, end_date,
                                 hours_per_week, places, site_municipality_code, themes, status)
    SELECT c.ids[1 + g % array_length(c.ids, 1)],
           'Stage ' || w.w[1 + g % 10] || ' ' || g,
           'Werken aan ' || w.w[1 + (g / 10) % 10] || ' en ' || w.w[1 + (g / 100) % 10] || ' in de regio.',
           initcap(w.w[1 + g % 10]),
           ARRAY[(ARRAY['MBO_2','MBO_3','MBO_4','HBO_BACHELOR','WO_MASTER'])[1 + g % 5]]::education_level[],
           date '2027-01-01' + (g % 300), date '2027-01-01' + (g % 300) + 120,
           32, 1 + g % 4,
           (ARRAY['GM0358','GM0362','GM0384','GM0394','GM0437','GM0451'])[1 + g % 6],
           ARRAY[(ARRAY['LOGISTICS','DIGITAL','HORTICULTURE','SUSTAINABILITY','TECHNICAL'])[1 + g % 5]]::theme[],
           CASE WHEN g % 10 = 0 THEN 'CLOSED' ELSE 'OPEN' END::need_status
    FROM generate_series(1, ${NEEDS}) g, companies c, words w`);
  await db.query(`
    WITH skills AS (SELECT array_agg(id ORDER BY code) AS ids FROM skill),
         needs AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM internship_need)
    INSERT INTO internship_need_skill (need_id, skill_id, importance)
    SELECT n.id, s.ids[1 + ((n.k * j.step + j.j) % array_length(s.ids, 1))],
           CASE WHEN j.j = 0 THEN 'MUST_HAVE' ELSE 'NICE_TO_HAVE' END::skill_importance
    FROM needs n, skills s, (VALUES (0, 1), (1, 7), (2, 13)) AS j (j, step)
    ON CONFLICT DO NOTHING`);
  // Cohorts the same way (the words in their programme names and descriptions), with 2 skills each.
  await db.query(`
    WITH schools AS (SELECT array_agg(id) AS ids FROM organisation WHERE helix = 'EDUCATION' AND status = 'ACTIVE'),
         words AS (SELECT ARRAY['logistiek','kas','software','data','luchtvracht','warmtepomp','magazijn','duurzaam','energie','onderhoud'] AS w)
    INSERT INTO cohort (organisation_id, programme_name, programme_code, description, level, students, start_date, end_date, municipality_code, status)
    SELECT s.ids[1 + g % array_length(s.ids, 1)], 'Opleiding ' || w.w[1 + g % 10] || ' ' || g, lpad((10000 + g % 89999)::text, 5, '0'),
           'Studenten in ' || w.w[1 + (g / 10) % 10] || ' en ' || w.w[1 + (g / 100) % 10] || '.',
           (ARRAY['MBO_2','MBO_3','MBO_4','HBO_BACHELOR','WO_MASTER'])[1 + (g / 3) % 5]::education_level, 5 + g % 30,
           date '2027-01-01' + (g % 300), date '2027-01-01' + (g % 300) + 120,
           (ARRAY['GM0358','GM0362','GM0384','GM0394','GM0437','GM0451'])[1 + g % 6], 'OPEN'
    FROM generate_series(1, ${COHORTS}) g, schools s, words w`);
  await db.query(`
    WITH skills AS (SELECT array_agg(id ORDER BY code) AS ids FROM skill),
         cohorts AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM cohort)
    INSERT INTO cohort_skill (cohort_id, skill_id)
    SELECT c.id, s.ids[1 + ((c.k * j.step + j.j) % array_length(s.ids, 1))]
    FROM cohorts c, skills s, (VALUES (0, 1), (1, 7)) AS j (j, step)
    ON CONFLICT DO NOTHING`);
  await db.query('ANALYZE');
  const counts = (
    await db.query(
      'SELECT (SELECT count(*) FROM internship_need) AS needs, (SELECT count(*) FROM cohort) AS cohorts',
    )
  ).rows[0];
  console.log(
    `seeded ${counts.needs} needs and ${counts.cohorts} cohorts in ${((Date.now() - seeded) / 1000).toFixed(1)} s`,
  );

  const { login } = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { email: 'bedrijf@knooppunt.example', password: 'Knooppunt-demo-2026' },
  });
  const token = login.token;
  const query =
    list === 'needs'
      ? `query($filter: InternshipNeedFilter) { page: internshipNeeds(filter: $filter, take: 50) {
    totalCount items { id title startDate endDate places levels themes
      organisation { id name helix municipality { name } } siteMunicipality { code name }
      skills { importance skill { code labelNl labelEn category } } } } }`
      : `query($filter: CohortFilter) { page: cohorts(filter: $filter, take: 50) {
    totalCount items { id programmeName level students startDate endDate
      organisation { id name helix municipality { name } } municipality { code name }
      skills { code labelNl labelEn category } } } }`;
  const filters = [
    { search: 'logistiek', level: 'MBO_4' },
    { search: 'warmtepomp', periodFrom: '2027-03-01', periodTo: '2027-06-30' },
    { search: 'software data', municipalityCode: 'GM0394' },
    list === 'needs'
      ? { search: 'kas', theme: 'HORTICULTURE' }
      : { search: 'kas', level: 'HBO_BACHELOR' },
  ];
  const sample = await gql(query, { filter: filters[0] }, token);
  console.log(
    `${list}: ${sample.page.totalCount} matches, ${sample.page.items.length} items returned`,
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
  const run = async (clients) => {
    const latencies = [];
    await new Promise((r) => setTimeout(r, 1500));
    const before = await statements();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let i = 0; i < perClient; i += 1) {
          const t0 = performance.now();
          await gql(query, { filter: filters[(c + i) % filters.length] }, token);
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const elapsed = performance.now() - started;
    await new Promise((r) => setTimeout(r, 1500));
    const perRequest = (await statements()) - before - 2;
    latencies.sort((a, b) => a - b);
    const pct = (p) =>
      latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(
        1,
      );
    console.log(
      `${String(clients).padStart(2)} client(s): ${latencies.length} requests, p50 ${pct(50)} ms, p95 ${pct(95)} ms, ` +
        `${(latencies.length / (elapsed / 1000)).toFixed(0)} req/s, ${(perRequest / latencies.length).toFixed(1)} SQL statements per request`,
    );
  };
  for (let i = 0; i < 20; i += 1) await gql(query, { filter: filters[i % filters.length] }, token); // warm-up
  await run(1);
  await run(20);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await db.end().catch(() => undefined);
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
