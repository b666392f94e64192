/**
 * Round documents from the command line (the only I/O of this library):
 *
 *   npm run match -- solve <file>            prints { "assignments": [...], "totalScore": n }
 *   npm run match -- verify <file> [--strict] exits 1 when the stored result is wrong
 *
 * --strict also requires the stored assignments to be exactly the solver's.
 * Exit codes: 0 fine, 1 verification failed, 2 bad usage, unreadable file or invalid document.
 */
import { readFileSync } from 'node:fs';
import { RoundDocumentError } from './lib/round/document';
import { solveRound } from './lib/round/solve';
import { verifyRound } from './lib/round/verify';

const USAGE = 'usage: match solve <file> | match verify <file> [--strict]';

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: readonly string[],
  read = (file: string) => readFileSync(file, 'utf8'),
): CliOutput {
  const [command, file, ...rest] = args;
  const strict = rest.includes('--strict');
  const unknown = rest.filter((arg) => arg !== '--strict');
  if ((command !== 'solve' && command !== 'verify') || !file || unknown.length) {
    return { code: 2, stdout: '', stderr: USAGE + '\n' };
  }
  let document: unknown;
  try {
    document = JSON.parse(read(file));
  } catch (error) {
    return { code: 2, stdout: '', stderr: `${file}: ${(error as Error).message}\n` };
  }
  try {
    if (command === 'solve') {
      return { code: 0, stdout: JSON.stringify(solveRound(document), null, 2) + '\n', stderr: '' };
    }
    const report = verifyRound(document, { requireSolverResult: strict });
    const notes = report.notes.map((note) => `note: ${note}\n`).join('');
    if (report.ok) {
      return { code: 0, stdout: `${file}: the stored result verifies\n`, stderr: notes };
    }
    return {
      code: 1,
      stdout: '',
      stderr:
        `${file}: the stored result does NOT verify (${report.problems.length} problem(s)):\n` +
        report.problems.map((p) => `  - ${p}\n`).join('') +
        notes +
        `solver result: totalScore ${report.solved.totalScore}\n`,
    };
  } catch (error) {
    if (error instanceof RoundDocumentError) {
      return {
        code: 2,
        stdout: '',
        stderr: `${file}: not a valid round document:\n${error.problems.map((p) => `  - ${p}\n`).join('')}`,
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
