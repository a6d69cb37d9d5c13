// Seeds the demo clinic into the configured database when it has no users yet.
import { createDb, databasePath } from '../db';
import { isEmpty, seedDemoClinic } from '../lib/demo/seed';

async function main() {
  const db = createDb();
  if (!isEmpty(db.$client)) {
    console.log(`Database ${databasePath()} already has data; demo seed skipped.`);
    return;
  }
  const result = await seedDemoClinic(db.$client);
  console.log(
    `Seeded demo clinic into ${databasePath()}: ${result.users} staff, ${result.patients} patients, ` +
      `${result.courses} courses, ${result.sessions} sessions, ${result.injections} injected sites.`,
  );
  db.$client.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
