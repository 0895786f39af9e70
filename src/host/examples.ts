import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExampleInfo, OpenedDocument } from '../contract/host-api';
import { MAX_SCENARIO_BYTES } from '../contract/limits';
import { readRegularTextCapped } from '../storage/read-capped';
import { HostError } from './host-error';

const EXAMPLE_FILE = /^([a-z0-9][a-z0-9-]*)\.tco\.json$/;

/**
 * The example scenarios shipped with the app (`<app root>/examples/*.tco.json`; packaged with
 * the app by build/electron-builder.yml). Their ids are file names, so an id can only ever name a
 * file in that folder.
 */
export class Examples {
  constructor(private readonly dir: string) {}

  list(): ExampleInfo[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).sort();
    } catch {
      return [];
    }
    const out: ExampleInfo[] = [];
    for (const file of names) {
      const id = EXAMPLE_FILE.exec(file)?.[1];
      if (!id) continue;
      try {
        const json = JSON.parse(readExample(join(this.dir, file))) as { name?: unknown; question?: unknown };
        out.push({ id, name: typeof json.name === 'string' ? json.name : id, question: typeof json.question === 'string' ? json.question : '' });
      } catch {
        // A damaged example is left out of the list rather than breaking the start screen.
      }
    }
    return out;
  }

  open(id: string): OpenedDocument {
    const examples = this.list();
    const example = examples.find((e) => e.id === id);
    if (!example) throw new HostError(`no example "${id}"; the examples are ${examples.map((e) => e.id).join(', ') || 'missing'}`);
    return { text: readExample(join(this.dir, `${id}.tco.json`)), name: example.name };
  }
}

function readExample(path: string): string {
  return readRegularTextCapped(path, { maxBytes: MAX_SCENARIO_BYTES });
}
