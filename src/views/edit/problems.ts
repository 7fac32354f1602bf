/**
 * A form's validation problems as a person meets them: each field says its
 * own problems (aria-invalid, and aria-describedby naming the text that says
 * them), and a failed save takes the person to the first field to correct.
 */
import { tick } from 'svelte';
import type { Problem } from '../../model/types';

/** The problems about one field of a form (its path is the field, or starts with it). */
export function problemsFor(problems: readonly Problem[], field: string): Problem[] {
  return problems.filter((p) => p.path === field || p.path.startsWith(`${field}.`) || p.path.startsWith(`${field}[`));
}

/** The id of the text that says a field's problems: `form` names the form, so two forms never share one. */
export const problemsId = (form: string, field: string): string => `${form}-${field}-problems`;

/** What a field's control carries: whether it is invalid, and which text describes why (only while it is). */
export function invalidState(problems: readonly Problem[], form: string, field: string) {
  const invalid = problemsFor(problems, field).length > 0;
  return { 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-describedby': invalid ? problemsId(form, field) : undefined };
}

/**
 * After a failed save: focuses the first invalid field (else the summary of
 * problems) and scrolls it to the middle of its dialog, so that the problem
 * written under it shows too. Waits for the problems to be drawn first.
 */
export async function showFirstProblem(form: HTMLFormElement): Promise<void> {
  await tick();
  const target = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('[data-problems-summary]');
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
}
