import { defineConfig } from 'astro/config';
import db from '@astrojs/db';
import clerk from '@clerk/astro';
import netlify from '@astrojs/netlify';

export default defineConfig({
  integrations: [db(), clerk()],
  adapter: netlify(),
  output: 'server',
});
