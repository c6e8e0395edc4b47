import { quietCssNoise } from '../../src/cli/jsdom-console.js';

/**
 * Vitest's jsdom environment builds its window with jsdom's default console,
 * which cannot be handed over in the config (it is not serialisable): filter
 * its CSS parse reports here, before any test runs (see src/cli/jsdom-console.ts).
 */
const virtualConsole = (globalThis as { _virtualConsole?: Parameters<typeof quietCssNoise>[0] })._virtualConsole;
if (virtualConsole) quietCssNoise(virtualConsole);
