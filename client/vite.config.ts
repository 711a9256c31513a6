import { defineConfig } from 'vite';

// Dev mode: Vite serves the client and proxies the API to the server (`npm run dev`).
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1_000 },
  // The force layout runs in a module worker (ui/graph/layout-worker.ts).
  worker: { format: 'es' },
  server: {
    port: Number(process.env.CLIENT_PORT ?? 5173),
    proxy: {
      '/graphql': `http://127.0.0.1:${process.env.PORT ?? 4000}`,
      '/readyz': `http://127.0.0.1:${process.env.PORT ?? 4000}`,
    },
  },
});
