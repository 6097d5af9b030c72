// Each e2e file talks to real PostgreSQL and Redis: allow for a migration and a cold Nest boot.
jest.setTimeout(60_000);
process.env.TZ = 'UTC';
