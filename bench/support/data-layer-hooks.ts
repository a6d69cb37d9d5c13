// Lets the benchmark call the app's data layer outside Next: `server-only` resolves to an empty module and
// lib/auth/actor.ts to the tests' stand-in (tests/unit/support/mock-actor.ts), whose actor the benchmark sets. Import this before anything from lib/.
import Module from 'node:module';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const actorModule = resolve(root, 'lib/auth/actor.ts');
const replacements = new Map([[actorModule, resolve(root, 'tests/unit/support/mock-actor.ts')]]);
const serverOnlyStub = resolve(root, 'tests/unit/support/server-only-stub.ts');

type Resolve = (request: string, parent: unknown, ...rest: unknown[]) => string;
const patched = Module as unknown as { _resolveFilename: Resolve };
const original = patched._resolveFilename;
patched._resolveFilename = function (request, parent, ...rest) {
  if (request === 'server-only') return serverOnlyStub;
  const resolved = original.call(this, request, parent, ...rest);
  return replacements.get(resolved) ?? resolved;
};
