/**
 * `npm run db:drift`: prints the SQL that would make the migrated schema match the entities, for the database
 * DATABASE_URL names (a throwaway one: it runs the migrations). Exit code 1 when there is any.
 */
import 'reflect-metadata';
import { pendingSchemaSql } from './schema-drift';

pendingSchemaSql(process.env['DATABASE_URL'] ?? 'sqlite::memory:')
  .then(({ up, down }) => {
    if (!up.length) {
      console.log('No drift: the migrations produce exactly the schema the entities describe.');
      return;
    }
    console.log('-- up');
    for (const q of up) console.log(q + ';');
    console.log('-- down');
    for (const q of down) console.log(q + ';');
    process.exitCode = 1;
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 2;
  });
