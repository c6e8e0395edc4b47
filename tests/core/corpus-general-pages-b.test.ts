import { registerGeneralPageNegatives } from './helpers.js';

registerGeneralPageNegatives(1);
