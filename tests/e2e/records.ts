// Entering engagement records as a facilitator does, in Spanish: the steps the records, timeline and follow-up
// browser tests share. Each waits until what it did is on the page.
import type { Page } from 'playwright-core';
import { actorPosition, waitForStillView } from './browser';

/** Five actors of the Lima 2010 sample from the three parties and beyond: civil society, an NGO network, a cooperation agency. */
export const FIVE = ['sase', 'desco', 'aprodeh', 'socios-peru', 'international-alert'] as const;

/** Selects actors on the network as a person does: a click on the first, shift-click on the others. */
export async function selectActors(page: Page, ids: readonly string[]): Promise<void> {
  await waitForStillView(page);
  for (const [i, id] of ids.entries()) {
    const { x, y } = await actorPosition(page, id);
    if (i > 0) await page.keyboard.down('Shift');
    await page.mouse.click(x, y);
    if (i > 0) await page.keyboard.up('Shift');
  }
  if (ids.length > 1) await page.getByTestId('bulk-edit').waitFor();
  else await page.getByTestId('actor-details').waitFor();
}

/** Fills a date field of a record form (a day, `YYYY-MM-DD`; a month, `YYYY-MM`; or a year) by its field name. */
export async function fillDate(page: Page, name: string, date: string): Promise<void> {
  const field = page.locator(`fieldset[data-field="${name}"]`);
  await field.locator('select').selectOption(date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');
  await field.locator(`input[name="${name}"]`).fill(date);
}

/**
 * Selects `actors` on the network and records a meeting with them from the bulk panel ("Registrar una reunión con
 * estos 5"): its topic and date, everything else as the form proposes. The interface must be in Spanish.
 */
export async function recordMeetingWith(page: Page, actors: readonly string[], meeting: { topic: string; date: string }): Promise<void> {
  await selectActors(page, actors);
  await page.getByTestId('record-with-selection').click();
  const form = page.getByTestId('engagement-form');
  await form.locator('input[name="topic"]').fill(meeting.topic);
  await fillDate(page, 'date', meeting.date);
  await form.getByRole('button', { name: 'Guardar' }).click();
  await page.getByTestId('record-dialog').waitFor({ state: 'detached' });
}

/** Opens an actor's details by clicking it on the network. */
export async function openActor(page: Page, id: string): Promise<void> {
  await selectActors(page, [id]);
}

/**
 * From the details of the actor shown, adds a commitment it made at the meeting `madeAt` (its topic), due `due`.
 */
export async function addCommitment(page: Page, commitment: { what: string; madeAt: string; due: string }): Promise<void> {
  await page.getByTestId('actor-history').getByRole('button', { name: 'Añadir compromiso' }).click();
  const form = page.getByTestId('commitment-form');
  await form.locator('textarea[name="what"]').fill(commitment.what);
  const option = form.locator('select[name="engagement"] option', { hasText: commitment.madeAt });
  await form.locator('select[name="engagement"]').selectOption((await option.getAttribute('value'))!);
  await fillDate(page, 'due', commitment.due);
  await form.getByRole('button', { name: 'Guardar' }).click();
  await page.getByTestId('record-dialog').waitFor({ state: 'detached' });
}
