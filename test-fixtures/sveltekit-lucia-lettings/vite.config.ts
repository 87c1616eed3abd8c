import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  define: {
    // ok: public-env-secret
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version),
    // expect: public-env-secret
    __ESIGN_ADMIN_KEY__: JSON.stringify(process.env.ESIGN_ADMIN_API_KEY),
  },
});
