import { sql, type Kysely } from 'kysely';

// An endpoint's live variants: copied from its config when it is created, then changed in place by
// weight and capacity updates, while the config itself stays the immutable blueprint.
const UP = [
  `CREATE TABLE endpoint_variants (
  endpoint_id integer NOT NULL REFERENCES endpoints (id) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL,
  model_id integer NOT NULL,
  version integer NOT NULL,
  instance_count integer NOT NULL CHECK (instance_count > 0),
  weight double precision NOT NULL CHECK (weight >= 0),
  PRIMARY KEY (endpoint_id, name),
  FOREIGN KEY (model_id, version) REFERENCES model_versions (model_id, version)
)`,
  `INSERT INTO endpoint_variants (endpoint_id, position, name, model_id, version, instance_count, weight)
  SELECT e.id, v.position, v.name, v.model_id, v.version, v.instance_count, v.weight
  FROM endpoints e JOIN endpoint_config_variants v ON v.config_id = e.config_id`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE endpoint_variants').execute(db);
}
