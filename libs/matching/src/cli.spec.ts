import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './cli';
import { examplePath } from './testing/fixtures';

const root = join(__dirname, '..', '..', '..');

describe(runCli.name, () => {
  it('should print the result of both contract examples on stdout', () => {
    for (const policy of ['optimal', 'stable'] as const) {
      const file = examplePath(policy);
      const output = runCli(['solve', file]);
      expect(output.code).toBe(0);
      const expected = JSON.parse(readFileSync(file, 'utf8')).result;
      expect(JSON.parse(output.stdout)).toEqual(expected);
    }
  });

  it('should verify the stored results of both contract examples', () => {
    for (const policy of ['optimal', 'stable'] as const) {
      expect(runCli(['verify', examplePath(policy)])).toMatchObject({ code: 0 });
    }
  });

  it('should exit non-zero with a clear message when a stored result was tampered with', () => {
    const tampered = JSON.parse(readFileSync(examplePath('optimal'), 'utf8'));
    tampered.result.assignments[2].count = 2; // n0001 × c0000: 3 → 2
    tampered.result.totalScore = 5.515;
    const output = runCli(['verify', 'tampered.json'], () => JSON.stringify(tampered));
    expect(output.code).toBe(1);
    expect(output.stderr).toContain('tampered.json: the stored result does NOT verify');
    expect(output.stderr).toContain('the allocation is not optimal: it scores 5.515');
  });

  it('should exit 2 on bad usage, unreadable files and invalid documents', () => {
    expect(runCli(['explain', 'x.json']).code).toBe(2);
    expect(runCli(['solve']).stderr).toContain('usage: match solve <file>');
    expect(runCli(['solve', 'x.json'], () => '{ not json').code).toBe(2);
    const invalid = runCli(
      ['solve', 'x.json'],
      () => '{"policy":"optimal","demands":[],"supplies":[]}',
    );
    expect(invalid).toMatchObject({ code: 2 });
    expect(invalid.stderr).toContain('pairs must be an array');
  });

  it('should run as `npm run match` from the repository root', () => {
    const run = (args: string[]) =>
      spawnSync('npm', ['run', '--silent', 'match', '--', ...args], {
        cwd: root,
        encoding: 'utf8',
      });
    const solved = run(['solve', examplePath('stable')]);
    expect(solved.status).toBe(0);
    expect(JSON.parse(solved.stdout).totalScore).toBe(4.7);
    const tampered = run(['verify', join(__dirname, 'fixtures', 'round-stable.tampered.json')]);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain('blocking pair: demand n0000 and supply c0000');
  }, 30_000);
});
