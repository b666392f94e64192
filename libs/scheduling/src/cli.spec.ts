import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './cli';
import { examplePath } from './testing/fixtures';

const root = join(__dirname, '..', '..', '..');

describe(runCli.name, () => {
  it('should print the optimal schedule of the contract example', () => {
    const output = runCli(['solve', examplePath]);
    expect(output.code).toBe(0);
    const result = JSON.parse(output.stdout);
    expect(result).toMatchObject({ scheduledCount: 3, totalScore: 7.5 });
    expect(result.unscheduled[0].conversation).toBe('c0');
  });

  it('should check a schedule file and list the broken rules', () => {
    const solved = runCli(['solve', examplePath]).stdout;
    const files: Record<string, string> = {
      'season.json': readFileSync(examplePath, 'utf8'),
      'good.json': solved,
      'bad.json': solved.replace('"totalScore": 7.5', '"totalScore": 8'),
    };
    const read = (file: string) => files[file];
    expect(runCli(['check', 'season.json', 'good.json'], read)).toMatchObject({ code: 0 });
    const bad = runCli(['check', 'season.json', 'bad.json'], read);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('SCORE_MISMATCH: totalScore is 8, the attendees score 7.5');
  });

  it('should exit 2 on bad usage, unreadable files and invalid documents', () => {
    expect(runCli(['plan', 'x.json']).code).toBe(2);
    expect(runCli(['solve']).stderr).toContain('usage: schedule solve <file>');
    expect(runCli(['solve', 'x.json'], () => '{ not json').code).toBe(2);
    const invalid = runCli(['solve', 'x.json'], () =>
      JSON.stringify({
        slots: [{ id: 's1', start: '2027-02-01T09:00:00', end: '2027-02-01T08:00:00+01:00' }],
        people: [{ id: 'p1', helix: 'CULTURE' }],
        venues: [],
        conversations: [{ id: 'c1', slots: ['s9'], venues: [], invitees: ['p1'] }],
      }),
    );
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('slots[0].start must be an ISO date-time with an offset');
    expect(invalid.stderr).toContain(
      'people[0].helix must be one of BUSINESS, EDUCATION, GOVERNMENT',
    );
    expect(invalid.stderr).toContain('conversations[0].slots[0] "s9" is not known');
  });

  it('should run as `npm run schedule` from the repository root', () => {
    const run = spawnSync('npm', ['run', '--silent', 'schedule', '--', 'solve', examplePath], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ scheduledCount: 3, totalScore: 7.5 });
  }, 30_000);
});
