import { run } from '../../../src/main/cli/run';
import type { CliIo } from '../../../src/main/cli/io';

/** Runs one CLI invocation in-process, capturing what it prints. */
export async function cli(argv: string[], stdin: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdinLines: async function* () {
      yield* stdin;
    },
    env: { INTEGRATION_DESK_DATA_DIR: '/nonexistent-do-not-use' }
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
