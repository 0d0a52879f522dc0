/**
 * Creates an embedded database's data directory (initdb), then exits. Run as a child process by
 * startEmbeddedDatabase: initdb makes PGlite's memory grow to several hundred MB, which the process
 * that serves the database then never holds.
 */
import { PGlite } from '@electric-sql/pglite';
import { EMBEDDED_POSTGRESQL_CONF } from './embedded-server';

const directory = process.argv[2];
PGlite.create(directory, { postgresqlconf: EMBEDDED_POSTGRESQL_CONF })
  .then((db) => db.close())
  .then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`initdb failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
