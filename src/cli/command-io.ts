import { createInterface } from 'node:readline/promises';

/**
 * What a long-running command needs beyond its final output: a live channel on stderr for
 * progress and notes, whether stderr and stdin are terminals, and a way to ask a question.
 * Injectable so commands can be run and tested without a terminal.
 */
export interface CommandIo {
  /** Writes to stderr now (the command's result is printed when it ends). */
  write(text: string): void;
  readonly stderrIsTty: boolean;
  readonly stderrColumns: number;
  readonly stdinIsTty: boolean;
  /** Asks on stderr and reads one line from stdin. */
  ask(question: string): Promise<string>;
  now(): Date;
}

export function processIo(): CommandIo {
  return {
    write: (text) => void process.stderr.write(text),
    stderrIsTty: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.columns || 80,
    stdinIsTty: Boolean(process.stdin.isTTY),
    async ask(question) {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    now: () => new Date(),
  };
}
