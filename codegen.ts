import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed GraphQL for the web app: operations live next to their feature in
// web/src/app/<feature>/*.graphql; response and variable types are generated
// from the committed API contract, never hand-written.
// No `typescript` plugin: since codegen v6 `typescript-operations` emits the
// enums an operation uses itself, and both together declare them twice.
const config: CodegenConfig = {
  overwrite: true,
  schema: 'api/schema.graphql',
  documents: ['web/src/**/*.graphql'],
  generates: {
    'web/src/app/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumType: 'string-literal',
        useTypeImports: true,
        avoidOptionals: true,
        // Apollo adds __typename to every object selection but the root; the types say so
        // (and test mocks must carry it, as real responses do).
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        strictScalars: true,
        // DateTime travels as an ISO 8601 string; JSON is any JSON value, narrowed where read.
        scalars: { ID: 'string', DateTime: 'string', LocalDate: 'string', JSON: 'unknown' },
        // A direct dependency of web, instead of a transitive one.
        documentNodeImport: '@apollo/client#TypedDocumentNode',
      },
    },
  },
};

export default config;
