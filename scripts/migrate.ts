// Applies pending migrations to the configured database.
import { createDb, databasePath } from '../db';

const db = createDb();
db.$client.close();
console.log(`Database ${databasePath()} is up to date.`);
