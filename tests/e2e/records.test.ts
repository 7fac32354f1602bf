// Engagement records in Spanish, as a facilitator enters them after a meeting: five actors selected on the Lima 2010
// network, a meeting recorded with them, a commitment made there already overdue; the actor's history says so, undo
// takes both away, and once redone they are still there after a reload; the tie between two of them shows the meeting. Screenshots go to SCREENSHOT_DIR when set.
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, violations, waitForDrawn } from './browser';
import { FIVE, addCommitment, openActor, recordMeetingWith } from './records';
import { dayOf, monthsSince } from '../../src/model/records';
import lima from '../../data/lima-2010.json';

const baseURL = inject('baseURL');
const chromium = useBrowser({ beforeAll, afterAll, afterEach, expect });
const shots = process.env.SCREENSHOT_DIR;
if (shots) mkdirSync(shots, { recursive: true });
const shoot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png` });
};
const saved = (page: Page) => page.waitForSelector('[data-testid="save-status"][data-status="saved"]');

const MEETING = { topic: 'Seguimiento de la mesa de diálogo', date: '2024-03-14' };
const PROMISE = { what: 'Enviar la propuesta de plan de trabajo', madeAt: MEETING.topic, due: '2024-04-30' };

describe('engagement records', () => {
  it('records a meeting with five selected actors and an overdue commitment; the history shows them, undo removes them, a reload keeps them', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE', viewport: { width: 1440, height: 1000 } });
    await waitForDrawn(page, lima.actors.length);

    await recordMeetingWith(page, FIVE, MEETING);
    await openActor(page, 'socios-peru');
    await addCommitment(page, PROMISE);

    const history = page.getByTestId('actor-history');
    // 14/03/2024 to today, in whole months (model/records.ts monthsSince, hand-checked in its own tests).
    const months = monthsSince(MEETING.date, dayOf(new Date()));
    expect(await history.getByTestId('last-engaged').textContent()).toMatch(new RegExp(`14/03/2024\\s*\\(hace ${months} meses\\)`));
    const open = history.getByTestId('open-commitments');
    expect(await open.textContent()).toContain(PROMISE.what);
    expect(await open.textContent()).toContain('vencido desde el 30/04/2024');
    expect(await history.getByTestId('actor-engagements').textContent()).toContain(`14/03/2024 · Reunión: ${MEETING.topic}`);
    await history.scrollIntoViewIfNeeded();
    await shoot(page, 'records-history');

    // Every one of the five took part; the meeting is on the others' details too.
    await openActor(page, 'aprodeh');
    expect(await page.getByTestId('actor-engagements').textContent()).toContain(MEETING.topic);
    expect(await page.getByTestId('open-commitments').count()).toBe(0);

    // Undo takes the commitment away, then the meeting.
    await page.getByTestId('undo').click();
    await openActor(page, 'socios-peru');
    expect(await page.getByTestId('open-commitments').count()).toBe(0);
    await page.getByTestId('undo').click();
    // What the sample records of it is left: the 2010 interviews and round table.
    expect(await page.getByTestId('last-engaged').textContent()).not.toContain('14/03/2024');
    expect(await page.getByTestId('actor-engagements').textContent()).not.toContain(MEETING.topic);

    // Redone, saved, and there after a reload.
    await page.getByTestId('redo').click();
    await page.getByTestId('redo').click();
    await saved(page);
    await page.reload();
    await waitForDrawn(page, lima.actors.length);
    await openActor(page, 'socios-peru');
    expect(await page.getByTestId('last-engaged').textContent()).toContain('14/03/2024');
    expect(await page.getByTestId('open-commitments').textContent()).toContain('vencido desde el 30/04/2024');

    // Marked done in one click: no longer open.
    await page.getByRole('button', { name: `Marcar «${PROMISE.what}» como cumplido hoy` }).click();
    expect(await page.getByTestId('open-commitments').count()).toBe(0);

    // On the tie between two of the five: the meeting both took part in.
    await page.getByTestId('actor-details').getByRole('button', { name: 'Colaboración — International Alert' }).click();
    expect(await page.getByTestId('tie-engagements').textContent()).toContain(`14/03/2024 · Reunión: ${MEETING.topic}`);
    await shoot(page, 'records-tie');
  });

  it('follows the meeting and the overdue commitment entered by hand into the timeline, the gap rules and the follow-up list', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE', viewport: { width: 1440, height: 1000 } });
    await waitForDrawn(page, lima.actors.length);
    await recordMeetingWith(page, FIVE, MEETING);
    await openActor(page, 'socios-peru');
    await addCommitment(page, PROMISE);
    const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

    // The timeline: the meeting among the sample's 2010 records, the commitment marked overdue.
    await page.getByTestId('view-timeline').click();
    const marks = page.locator('g.mark[data-field="engagements"]');
    await marks.first().waitFor();
    // The sample's three (two interview rounds and the round table) and ours.
    expect(await marks.count()).toBe(lima.engagements.length + 1);
    const list = clean(await page.getByTestId('timeline-list').textContent());
    expect(list).toContain(MEETING.topic);
    expect(list).toContain(PROMISE.what);
    await shoot(page, 'records-timeline');
    // Picked on the timeline, the meeting selects its five actors everywhere.
    const meetingMark = page.locator('g.mark[data-field="engagements"]', { hasText: MEETING.topic });
    await meetingMark.first().click();
    expect((await page.evaluate(() => window.__puentesDrawing!.selected())).sort()).toEqual([...FIVE].sort());

    // The gap rules: the overdue commitment, who promised what, due when.
    await page.getByTestId('view-network').click();
    await page.getByTestId('analysis-tab').click();
    await page.waitForSelector('[data-testid="analysis-panel"][data-status="done"][data-stale="false"]');
    const gaps = clean(await page.getByTestId('gaps').textContent());
    expect(gaps).toContain('Compromisos vencidos');
    expect(gaps).toContain(`«${PROMISE.what}», plazo 30/04/2024`);

    // The follow-up list for the next meeting: the same commitment among the overdue ones.
    await page.getByTestId('view-followup').click();
    const overdue = clean(await page.getByTestId('followup-overdue').textContent());
    expect(overdue).toContain(PROMISE.what);
    expect(overdue).toContain('30/04/2024');
    await shoot(page, 'records-followup');
  });

  it('says what is wrong beside the field, and Escape closes the form without recording anything', async () => {
    const { page } = await chromium.open(baseURL, { locale: 'es-PE' });
    await waitForDrawn(page, lima.actors.length);
    // The Ministry of Justice: named by the 2010 study, in none of the engagements the sample records.
    await openActor(page, 'ministry-of-justice');
    await page.getByTestId('actor-history').getByRole('button', { name: 'Registrar reunión' }).click();
    const form = page.getByTestId('engagement-form');
    await form.getByRole('button', { name: 'Guardar' }).click();
    // No topic: the field is marked, says why, and takes the focus.
    const topic = form.locator('input[name="topic"]');
    expect(await topic.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator(`#${await topic.getAttribute('aria-describedby')}`).textContent()).toContain('no puede estar vacío');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('topic');
    await shoot(page, 'records-engagement-problem');
    // Every field of the form is labelled, problems and all.
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('record-dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('last-engaged').textContent()).toContain('Sin encuentros registrados');
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);
  });
});
