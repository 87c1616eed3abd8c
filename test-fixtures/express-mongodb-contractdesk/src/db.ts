import { MongoClient, type Db } from 'mongodb';
import { config } from './config.js';

const client = new MongoClient(config.mongoUrl);
let db: Db | undefined;

export async function connect() {
  await client.connect();
  db = client.db();
  return db;
}

export function getDb(): Db {
  if (!db) throw new Error('database not connected');
  return db;
}

export const collections = {
  users: () => getDb().collection('users'),
  orgs: () => getDb().collection('organizations'),
  memberships: () => getDb().collection('memberships'),
  contracts: () => getDb().collection('contracts'),
  documents: () => getDb().collection('contract_documents'),
  refreshTokens: () => getDb().collection('refresh_tokens'),
};
