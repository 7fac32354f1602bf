// A small workshop network the presenting, handout and sharing tests import: a community with a person's name and
// notes (what the "communities present" redaction profile hides), a company with an internal comment, a regional
// government, a tie of distrust (which redaction drops) and one of trust.
import type { Page } from 'playwright-core';

export const WORKSHOP = {
  schemaVersion: 3,
  id: 'taller',
  title: 'Taller de prueba',
  actors: [
    {
      id: 'fuerabamba',
      name: 'Comunidad de Fuerabamba',
      sector: 'community',
      basis: 'inferred',
      contacts: [{ name: 'Juana Quispe Huamán', role: 'presidenta' }],
      notes: 'Nota reservada sobre la comunidad',
    },
    { id: 'minera', name: 'Minera del Sur', sector: 'company', basis: 'inferred', notes: 'Comentario interno de la empresa' },
    { id: 'gobierno-regional', name: 'Gobierno Regional', sector: 'state', basis: 'inferred' },
  ],
  ties: [
    { id: 'desconfianza', source: 'fuerabamba', target: 'minera', type: 'dialogue', trust: -2, basis: 'inferred' },
    { id: 'mesa', source: 'gobierno-regional', target: 'minera', type: 'dialogue', trust: 1, basis: 'inferred' },
  ],
};

/** Imports a network as a user does: Importar, the file chosen, the import confirmed. */
export async function importNetwork(page: Page, network: object, fileName = 'taller.json'): Promise<void> {
  await page.getByTestId('import-button').click();
  await page
    .getByTestId('import-files')
    .setInputFiles([{ name: fileName, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(network)) }]);
  await page.getByTestId('import-commit').click();
}
