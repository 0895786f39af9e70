import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    alias: {
      // Tests never load the real Electron package (it would try to download its binary).
      electron: fileURLToPath(new URL('./test/support/electron-stub.ts', import.meta.url)),
    },
  },
});
