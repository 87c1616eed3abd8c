import { buildConfig } from 'payload';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { Users } from './collections/Users';
import { CaseStudies } from './collections/CaseStudies';

export default buildConfig({
  admin: { user: Users.slug },
  collections: [Users, CaseStudies],
  secret: process.env.PAYLOAD_SECRET || '',
  db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URI || '' } }),
});
