export default {
  client: 'pg',
  connection: process.env.DATABASE_URL ?? {
    host: 'db.kbase.internal',
    user: 'kb_app',
    // expect: hardcoded-secret
    password: 'Kb2024prodPw9',
    database: 'kbase',
  },
  migrations: { directory: './migrations' },
};
