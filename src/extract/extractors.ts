import type { ExtractRaw } from '../core/story-site.js';
import { extract as ao3 } from '../sites/ao3.js';
import { extract as fanficauthors } from '../sites/fanficauthors.js';
import { extract as ffnet } from '../sites/ffnet.js';
import { extract as fimfiction } from '../sites/fimfiction.js';
import { extract as literotica } from '../sites/literotica.js';
import { extract as mediaminer } from '../sites/mediaminer.js';
import { extract as quotev } from '../sites/quotev.js';
import { extract as royalroad } from '../sites/royalroad.js';
import { extract as scribblehub } from '../sites/scribblehub.js';
import { extract as wattpad } from '../sites/wattpad.js';
import { extract as xenforo } from '../sites/xenforo.js';

/**
 * Each site's extraction, by site id, sorted like the registry in src/sites/index.ts
 * (the registry test checks the two agree). Kept apart from the registry so the
 * content script, which needs only hosts and page checks, never bundles these.
 */
export const extractors: Readonly<Record<string, ExtractRaw>> = { ao3, fanficauthors, ffnet, fimfiction, literotica, mediaminer, quotev, royalroad, scribblehub, wattpad, xenforo };
