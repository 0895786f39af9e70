/** Exit codes of the command line. */
export const EXIT = {
  ok: 0,
  /** The input (scenario file, instance type, region) is invalid or unreadable. */
  invalidInput: 1,
  /** The command line itself is wrong (unknown command or flag, bad flag value). */
  usage: 2,
  /** The estimate is complete except for prices that were not found (see --allow-missing). */
  missingPrices: 3,
  /** AWS could not be reached, refused access, or failed (prices refresh, costs import). */
  aws: 4,
  /** A tool the command needs is missing or failed to start (Chromium for PDF and HTML reports). */
  unavailable: 5,
  /** An unexpected failure inside TCO Studio. */
  internal: 70,
} as const;

/** An error the CLI reports as one line and an exit code, never as a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
