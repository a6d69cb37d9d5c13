// A fresh temporary database seeded with the demo clinic.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../../db';
import { seedDemoClinic, type SeedOptions, type SeedResult } from '../../lib/demo/seed';

export async function createTempClinic(name: string, options: SeedOptions = {}): Promise<{ dir: string; databasePath: string; seeded: SeedResult }> {
  const dir = mkdtempSync(join(process.env.TMPDIR || tmpdir(), `prolotrack-${name}-`));
  const databasePath = join(dir, `${name}.db`);
  const db = createDb(databasePath);
  const seeded = await seedDemoClinic(db.$client, options);
  db.$client.close();
  return { dir, databasePath, seeded };
}
