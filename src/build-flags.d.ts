/** Set by build.mjs (and vitest.config.ts): true in test builds, where the reader's shadow root is open to automation. */
declare const __QUIRE_OPEN_SHADOW__: boolean;
