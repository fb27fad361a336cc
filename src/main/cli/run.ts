import { CommandError, UsageError, type CliIo } from './io';
import { loadModule } from './lazy-module';

/** What a command module gives the dispatcher once loaded. */
interface LoadedCommand {
  run: (argv: string[], io: CliIo) => Promise<number>;
  help: string;
}

interface Command {
  summary: string;
  /**
   * Loads the command's module on demand: importing every command pulls in the whole core (SQLite,
   * import, rules) and made `--help` take seconds; the usage text needs only the summaries.
   */
  load: () => Promise<LoadedCommand>;
}

const COMMANDS: Record<string, Command> = {
  import: {
    summary: 'import a snapshot folder into the mirror',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/import-command'),
        () => require('./commands/import-command')
      );
      return { run: m.importCommand, help: m.importHelp };
    }
  },
  stats: {
    summary: 'count the records in the mirror per kind',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/stats-command'),
        () => require('./commands/stats-command')
      );
      return { run: m.statsCommand, help: m.statsHelp };
    }
  },
  generate: {
    summary: 'write a realistic demo snapshot of any size',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/generate-command'),
        () => require('./commands/generate-command')
      );
      return { run: m.generateCommand, help: m.generateHelp };
    }
  },
  web: {
    summary: 'serve the desk to a browser on 127.0.0.1',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/web-command'),
        () => require('./commands/web-command')
      );
      return { run: m.webCommand, help: m.webHelp };
    }
  },
  classify: {
    summary: 'name the error type of integration messages',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/classify-command'),
        () => require('./commands/classify-command')
      );
      return { run: m.classifyCommand, help: m.classifyHelp };
    }
  },
  diagnose: {
    summary: 'diagnose one order of the mirror',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/diagnose-command'),
        () => require('./commands/diagnose-command')
      );
      return { run: m.diagnoseCommand, help: m.diagnoseHelp };
    }
  },
  simulate: {
    summary: 'simulate shipping from the mirror',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/simulate-command'),
        () => require('./commands/simulate-command')
      );
      return { run: m.simulateCommand, help: m.simulateHelp };
    }
  },
  review: {
    summary: 'import a snapshot, diagnose its failed orders, write a report',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/review-command'),
        () => require('./commands/review-command')
      );
      return { run: m.reviewCommand, help: m.reviewHelp };
    }
  },
  precheck: {
    summary: 'say how many orders a reprocess would integrate, and what stock the rest lack',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/precheck-command'),
        () => require('./commands/precheck-command')
      );
      return { run: m.precheckCommand, help: m.precheckHelp };
    }
  },
  account: {
    summary: 'connect VTEX accounts (credentials from the environment), list or remove them',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/account-command'),
        () => require('./commands/account-command')
      );
      return { run: m.accountCommand, help: m.accountHelp };
    }
  },
  sync: {
    summary: 'bring from VTEX what the failed orders name, re-diagnose them, say what changed',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/sync-command'),
        () => require('./commands/sync-command')
      );
      return { run: m.syncCommand, help: m.syncHelp };
    }
  },
  checklist: {
    summary: 'list or export the Admin checklists (orders to reprocess in Connections > Orders)',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/checklist-command'),
        () => require('./commands/checklist-command')
      );
      return { run: m.checklistCommand, help: m.checklistHelp };
    }
  },
  plan: {
    summary: 'export the change plan (fixes made in the local copy only) as a checklist',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/plan-command'),
        () => require('./commands/plan-command')
      );
      return { run: m.planCommand, help: m.planHelp };
    }
  },
  reprocess: {
    summary: 'reprocess orders (on a snapshot mirror: say which would integrate), oldest first',
    load: async () => {
      const m = await loadModule(
        () => import('./commands/reprocess-command'),
        () => require('./commands/reprocess-command')
      );
      return { run: m.reprocessCommand, help: m.reprocessHelp };
    }
  }
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
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`integration-desk: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  let loaded: LoadedCommand | undefined;
  try {
    loaded = await command.load();
    return await loaded.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${loaded?.help ?? ''}\n`);
      return 2;
    }
    if (error instanceof CommandError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    io.stderr(
      `integration-desk ${name}: ${message}${code === 'ERR_DLOPEN_FAILED' ? '\nRun `npm run rebuild:node` to rebuild better-sqlite3 for Node.' : ''}\n`
    );
    return 1;
  }
}
