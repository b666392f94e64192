/**
 * Season documents from the command line (the only I/O of this library):
 *
 *   npm run schedule -- solve <file>                 prints the schedule JSON
 *   npm run schedule -- check <file> <schedule.json>  exits 1 listing every broken rule
 *
 * Exit codes: 0 fine, 1 the schedule breaks a rule, 2 bad usage, unreadable file or invalid
 * document.
 */
import { readFileSync } from 'node:fs';
import { checkSchedule } from './lib/check';
import { SeasonDocumentError } from './lib/document';
import { solveSeason } from './lib/solve';

const USAGE = 'usage: schedule solve <file> | schedule check <file> <schedule.json>';

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: readonly string[],
  read = (file: string) => readFileSync(file, 'utf8'),
): CliOutput {
  const [command, file, scheduleFile, ...rest] = args;
  const arity = command === 'solve' ? !scheduleFile : command === 'check' && !!scheduleFile;
  if (!file || !arity || rest.length) return { code: 2, stdout: '', stderr: USAGE + '\n' };
  const load = (name: string): { value?: unknown; error?: CliOutput } => {
    try {
      return { value: JSON.parse(read(name)) };
    } catch (error) {
      return { error: { code: 2, stdout: '', stderr: `${name}: ${(error as Error).message}\n` } };
    }
  };
  const document = load(file);
  if (document.error) return document.error;
  try {
    if (command === 'solve') {
      const result = solveSeason(document.value);
      return { code: 0, stdout: JSON.stringify(result, null, 2) + '\n', stderr: '' };
    }
    const schedule = load(scheduleFile);
    if (schedule.error) return schedule.error;
    const violations = checkSchedule(document.value, schedule.value);
    if (!violations.length)
      return { code: 0, stdout: `${scheduleFile}: every rule holds\n`, stderr: '' };
    return {
      code: 1,
      stdout: '',
      stderr:
        `${scheduleFile}: ${violations.length} rule violation(s):\n` +
        violations.map((v) => `  - ${v.code}: ${v.message}\n`).join(''),
    };
  } catch (error) {
    if (error instanceof SeasonDocumentError) {
      return {
        code: 2,
        stdout: '',
        stderr: `${file}: not a valid season document:\n${error.problems.map((p) => `  - ${p}\n`).join('')}`,
      };
    }
    throw error;
  }
}

if (require.main === module) {
  const output = runCli(process.argv.slice(2));
  process.stdout.write(output.stdout);
  process.stderr.write(output.stderr);
  process.exitCode = output.code;
}
