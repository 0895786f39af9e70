/** What a command produces; main.ts writes it out and exits with the code. */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr?: string;
  readonly exitCode: number;
}
