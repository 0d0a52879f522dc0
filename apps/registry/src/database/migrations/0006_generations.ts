import { sql, type Kysely } from 'kysely';

// Updates run blue/green: an endpoint's live variants and their placements belong to a generation, the
// endpoint serves its current generation, and an update loads the next one beside it. `deployment`
// holds the state of an update in progress.
const UP = [
  `ALTER TABLE endpoints ADD COLUMN generation integer NOT NULL DEFAULT 0`,
  `ALTER TABLE endpoints ADD COLUMN deployment jsonb`,
  `ALTER TABLE endpoint_variants ADD COLUMN generation integer NOT NULL DEFAULT 0`,
  `ALTER TABLE endpoint_variants DROP CONSTRAINT endpoint_variants_pkey`,
  `ALTER TABLE endpoint_variants ADD PRIMARY KEY (endpoint_id, generation, name)`,
  `ALTER TABLE placements ADD COLUMN generation integer NOT NULL DEFAULT 0`,
  `ALTER TABLE placements DROP CONSTRAINT placements_pkey`,
  `ALTER TABLE placements ADD PRIMARY KEY (endpoint_id, generation, variant_name, worker_id)`,
];

const DOWN = [
  `DELETE FROM placements WHERE generation > 0`,
  `ALTER TABLE placements DROP CONSTRAINT placements_pkey`,
  `ALTER TABLE placements DROP COLUMN generation`,
  `ALTER TABLE placements ADD PRIMARY KEY (endpoint_id, variant_name, worker_id)`,
  `DELETE FROM endpoint_variants WHERE generation > 0`,
  `ALTER TABLE endpoint_variants DROP CONSTRAINT endpoint_variants_pkey`,
  `ALTER TABLE endpoint_variants DROP COLUMN generation`,
  `ALTER TABLE endpoint_variants ADD PRIMARY KEY (endpoint_id, name)`,
  `ALTER TABLE endpoints DROP COLUMN deployment`,
  `ALTER TABLE endpoints DROP COLUMN generation`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
