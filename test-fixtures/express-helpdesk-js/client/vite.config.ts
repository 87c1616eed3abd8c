import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // the widget's settings come from HELPDESK_* variables too
  envPrefix: ['VITE_', 'HELPDESK_'],
  define: {
    // ok: public-env-secret
    __APP_VERSION__: JSON.stringify('2.1.0'),
    // expect: public-env-secret
    'process.env.ZENDESK_API_TOKEN': JSON.stringify(process.env.ZENDESK_API_TOKEN),
  },
});
