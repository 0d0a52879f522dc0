import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Apps never import each other; libs never import apps.
const boundaries = [
  { sourceTag: 'type:application', onlyDependOnLibsWithTags: ['type:library'] },
  { sourceTag: 'type:library', onlyDependOnLibsWithTags: ['type:library'] },
];

// Pure libraries (errors, codecs, configuration) depend on nothing server-side, so that a client, a
// tool or a browser bundle can use them. Their tests may use the test helpers.
const pureLibraries = {
  sourceTag: 'layer:pure',
  onlyDependOnLibsWithTags: ['layer:pure'],
  bannedExternalImports: ['@nestjs/*', '@grpc/*', 'fastify', 'kafkajs', 'minio', 'pg', 'kysely', 'onnxruntime-node'],
};

const moduleBoundaries = (depConstraints) => ['error', { allow: [], depConstraints }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'libs/contracts/src/generated/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': moduleBoundaries([...boundaries, pureLibraries]),
    },
  },
  {
    files: ['**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries(boundaries) },
  },
);
