/** PostgreSQL's unique_violation, raised the same way by pg and PGlite. */
export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';
