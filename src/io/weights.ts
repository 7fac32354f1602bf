/**
 * Edge weights from other tools (networkx, Gephi, an edge list) as tie
 * strength, which Puentes keeps on a 1 (weak) – 3 (strong) scale. The
 * original weight stays on each tie, and the import report says how the
 * scale was read.
 */
import type { Problem } from '../model/types';

/** The attribute that keeps an edge weight read as strength. */
export const SOURCE_WEIGHT = 'sourceWeight';

/**
 * Weights that are already whole numbers from 1 to 3 are kept as they are;
 * otherwise the range is cut in equal thirds. Null when there are no weights.
 */
export function weightsAsStrength(weights: number[], fileName: string): { strength: (weight: number) => number; problem: Problem } | null {
  if (weights.length === 0) return null;
  const min = weights.reduce((a, b) => Math.min(a, b));
  const max = weights.reduce((a, b) => Math.max(a, b));
  const onScale = weights.every((w) => Number.isInteger(w) && w >= 1 && w <= 3);
  if (onScale) {
    return {
      strength: (w) => w,
      problem: {
        path: fileName,
        code: 'unknown-value',
        severity: 'warning',
        message: `edge weights (${min}–${max}) were read as tie strength on its own scale (1 weak – 3 strong)`,
        messageEs: `los pesos de las aristas (${min}–${max}) se leyeron como intensidad del vínculo en su propia escala (1 débil – 3 fuerte)`,
      },
    };
  }
  const third = (max - min) / 3;
  const cut1 = +(min + third).toFixed(2);
  const cut2 = +(min + 2 * third).toFixed(2);
  return {
    strength: (w) => (max === min ? 2 : w <= cut1 ? 1 : w <= cut2 ? 2 : 3),
    problem: {
      path: fileName,
      code: 'unknown-value',
      severity: 'warning',
      message:
        max === min
          ? `every edge has weight ${min}: tie strength set to 2 (medium) on the 1–3 scale; each tie keeps its weight as "${SOURCE_WEIGHT}"`
          : `edge weights ${min}–${max} were mapped to tie strength 1–3 in equal thirds (up to ${cut1} → 1 weak, up to ${cut2} → 2, above → 3 strong); each tie keeps its weight as "${SOURCE_WEIGHT}"`,
      messageEs:
        max === min
          ? `todas las aristas pesan ${min}: intensidad del vínculo fijada en 2 (media) en la escala 1–3; cada vínculo conserva su peso como «${SOURCE_WEIGHT}»`
          : `los pesos ${min}–${max} se convirtieron en intensidad 1–3 por tercios iguales (hasta ${cut1} → 1 débil, hasta ${cut2} → 2, más → 3 fuerte); cada vínculo conserva su peso como «${SOURCE_WEIGHT}»`,
    },
  };
}
