/**
 * Slides and presenting. A slide is captured from how the network is looked
 * at now (view, filters, focus, styling, positions, highlighted actors) and
 * put back the same way. The presenter walks through the open scenario's
 * slides full screen, with a projector theme and a redaction profile that
 * applies to what is shown and to every export while it is on.
 */
import { NO_REDACTION, isRedacting, type RedactionProfile } from '../model/redact';
import type { Slide } from '../store/records';
import { viewDefinition } from '../views/registry';
import type { Scenarios } from './scenarios.svelte';
import type { ViewState } from './view.svelte';
import type { Workspace } from './workspace.svelte';

export type ProjectorTheme = 'dark' | 'light';

export function newSlideId(): string {
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

export class Presenter {
  active = $state(false);
  index = $state(0);
  theme: ProjectorTheme = $state('dark');
  redaction: RedactionProfile = $state.raw(NO_REDACTION);
  redacting = $derived(isRedacting(this.redaction));

  constructor(
    private readonly scenarios: Scenarios,
    private readonly workspace: Workspace,
    private readonly view: ViewState,
  ) {}

  get slides(): Slide[] {
    return this.scenarios.slides;
  }

  /** The current view as a slide: null when the view cannot be a slide (the table). */
  capture(title: { es: string; en: string } = { es: '', en: '' }): Slide | null {
    if (!viewDefinition(this.view.mode).slides) return null;
    return {
      id: newSlideId(),
      title,
      caption: { es: '', en: '' },
      notes: '',
      view: $state.snapshot(this.view.snapshot()) as Slide['view'],
      focus: this.view.focus ? { ...this.view.focus } : null,
      highlight: [...this.workspace.selection.actors],
      extent: this.view.mode === 'network' && this.view.extent ? { ...this.view.extent } : null,
    };
  }

  /** Saves the current view as a new slide at the end. */
  addCurrent(title: { es: string; en: string }): boolean {
    const slide = this.capture(title);
    return !!slide && this.scenarios.setSlides([...this.slides, slide]);
  }

  update(id: string, patch: Partial<Omit<Slide, 'id'>>): void {
    this.scenarios.setSlides(this.slides.map((s) => (s.id === id ? { ...s, ...patch } : s)));
  }

  /** Moves a slide one place earlier (−1) or later (+1). */
  move(id: string, step: -1 | 1): void {
    const list = [...this.slides];
    const i = list.findIndex((s) => s.id === id);
    const j = i + step;
    if (i < 0 || j < 0 || j >= list.length) return;
    [list[i], list[j]] = [list[j]!, list[i]!];
    this.scenarios.setSlides(list);
  }

  duplicate(id: string): void {
    const i = this.slides.findIndex((s) => s.id === id);
    if (i < 0) return;
    const copy = { ...structuredClone($state.snapshot(this.slides[i]!) as Slide), id: newSlideId() };
    this.scenarios.setSlides([...this.slides.slice(0, i + 1), copy, ...this.slides.slice(i + 1)]);
  }

  remove(id: string): void {
    this.scenarios.setSlides(this.slides.filter((s) => s.id !== id));
  }

  /** Puts a slide's view back: view, filters, styling, positions, focus and highlighted actors; then fits it in. */
  apply(slide: Slide): void {
    const network = this.workspace.network;
    if (!network) return;
    const ids = new Set(network.actors.map((a) => a.id));
    this.view.restore(slide.view, ids);
    this.view.focus = slide.focus && ids.has(slide.focus.actor) ? slide.focus : null;
    this.workspace.select({ actors: slide.highlight.filter((id) => ids.has(id)), ties: [] });
    // The part of the drawing the slide was saved with, on whatever screen it is shown; else everything. The
    // network view holds it while the screen settles (full screen entered, the chrome hidden), so it fills the screen.
    if (slide.extent) this.view.show(slide.extent);
    else this.view.fit();
  }

  start(index = 0): void {
    if (this.slides.length === 0) return;
    this.active = true;
    this.go(index);
  }

  go(index: number): void {
    if (this.slides.length === 0) return;
    this.index = Math.max(0, Math.min(this.slides.length - 1, index));
    this.apply(this.slides[this.index]!);
  }

  next(): void {
    if (this.index < this.slides.length - 1) this.go(this.index + 1);
  }

  previous(): void {
    if (this.index > 0) this.go(this.index - 1);
  }

  stop(): void {
    this.active = false;
  }
}
