import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPS_TASKS } from '../../src/index';
import { methodologyTables } from '../../src/report/methodology-tables';
import { PROJECT_ROOT } from '../support/paths';

describe('docs/methodology.md', () => {
  const doc = readFileSync(join(PROJECT_ROOT, 'docs/methodology.md'), 'utf8');

  it('holds exactly the defaults the code uses (run `npm run docs:tables` after changing a default)', () => {
    expect(doc).toContain(methodologyTables());
  });

  it('documents every task id', () => {
    for (const t of OPS_TASKS) expect(doc).toContain(`\`${t.id}\``);
  });
});
