import { RecoveryDraft } from '../../../src/host/recovery-draft';

/**
 * Child process for the autosave kill test: autosaves draft generation n (a large text whose
 * every line says n) through the real RecoveryDraft, announcing "writing n" before each write,
 * until it is killed.
 */
const [userDataDir] = process.argv.slice(2);
const draft = new RecoveryDraft(userDataDir!);
for (let generation = 1; ; generation++) {
  process.stdout.write(`writing ${generation}\n`);
  draft.save(`${`generation ${generation}\n`.repeat(200_000)}`, undefined, new Date(Date.UTC(2026, 10, 26, 0, 0, generation)));
}
