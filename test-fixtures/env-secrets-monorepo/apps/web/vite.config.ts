import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  define: {
    // ok: public-env-secret
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version),
    // expect: public-env-secret
    'process.env.API_SECRET': JSON.stringify(process.env.API_SECRET),
  },
  server: {
    port: 5173,
  },
  build: {
    sourcemap: true,
  },
});
