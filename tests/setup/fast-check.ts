// Property tests run from a fixed seed, so CI gives the same answer every
// time; set FC_SEED to explore other cases (e.g. FC_SEED=$RANDOM npm run test:unit).
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20100225) });
