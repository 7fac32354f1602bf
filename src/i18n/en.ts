// The catalogues moved to src/text (en.ts, es.ts), where the model, analysis and files can read them too: add keys there.
export type { MessageKey } from '../text/en';
