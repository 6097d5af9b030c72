import { defineConfig } from 'vite';

/**
 * The web app's build. No React plugin: Vite 8 compiles TSX itself (oxc, automatic JSX runtime), and
 * @vitejs/plugin-react 6 pulls an optional Babel 8 peer that npm cannot resolve beside Jest's Babel 7.
 * Development (`npm run dev:web`) proxies /api to the API on API_PORT (default 3000).
 * The production bundle goes to dist/web (git-ignored), where the API serves it from.
 */
const apiPort = process.env.API_PORT ?? '3000';

export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  // React's and antd's production code whatever NODE_ENV says (Jest, which builds it in its setup, sets `test`).
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each page loads (npm run bench measures them).
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // antd marks its modules "use client" (for React Server Components); meaningless in this bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5175),
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
}));
