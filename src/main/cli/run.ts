import { classifyCommand, classifyHelp } from './commands/classify-command';
import { diagnoseCommand, diagnoseHelp } from './commands/diagnose-command';
import { generateCommand, generateHelp } from './commands/generate-command';
import { importCommand, importHelp } from './commands/import-command';
import { precheckCommand, precheckHelp } from './commands/precheck-command';
import { reprocessCommand, reprocessHelp } from './commands/reprocess-command';
import { reviewCommand, reviewHelp } from './commands/review-command';
import { simulateCommand, simulateHelp } from './commands/simulate-command';
import { statsCommand, statsHelp } from './commands/stats-command';
import { webCommand, webHelp } from './commands/web-command';
import { CommandError, UsageError, type CliIo } from './io';

interface Command {
  run: (argv: string[], io: CliIo) => Promise<number>;
  help: string;
  summary: string;
}

const COMMANDS: Record<string, Command> = {
  import: { run: importCommand, help: importHelp, summary: 'import a snapshot folder into the mirror' },
  stats: { run: statsCommand, help: statsHelp, summary: 'count the records in the mirror per kind' },
  generate: { run: generateCommand, help: generateHelp, summary: 'write a realistic demo snapshot of any size' },
  web: { run: webCommand, help: webHelp, summary: 'serve the desk to a browser on 127.0.0.1' },
  classify: { run: classifyCommand, help: classifyHelp, summary: 'name the error type of integration messages' },
  diagnose: { run: diagnoseCommand, help: diagnoseHelp, summary: 'diagnose one order of the mirror' },
  simulate: { run: simulateCommand, help: simulateHelp, summary: 'simulate shipping from the mirror' },
  review: { run: reviewCommand, help: reviewHelp, summary: 'import a snapshot, diagnose its failed orders, write a report' },
  precheck: { run: precheckCommand, help: precheckHelp, summary: 'say how many orders a reprocess would integrate, and what stock the rest lack' },
  reprocess: { run: reprocessCommand, help: reprocessHelp, summary: 'reprocess orders as a local replay, oldest first, reserving their stock' }
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`);
  return `Usage: integration-desk <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`integration-desk <command> --help\` for a command's options.\n`;
}

/** Runs one CLI invocation and returns its exit code; errors go to stderr as one clear line. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`integration-desk: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${command.help}\n`);
      return 2;
    }
    if (error instanceof CommandError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    io.stderr(`integration-desk ${name}: ${message}${code === 'ERR_DLOPEN_FAILED' ? '\nRun `npm run rebuild:node` to rebuild better-sqlite3 for Node.' : ''}\n`);
    return 1;
  }
}
