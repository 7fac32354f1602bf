/**
 * The side panels — filters, legend, actor list, inspector — in one piece of
 * code loaded just after the network is first drawn: the drawing does not
 * need them, so it waits for less (their places on the page are kept, so
 * nothing moves when they arrive).
 */
export { default as FilterPanel } from './toolbar/FilterPanel.svelte';
export { default as Legend } from './network/Legend.svelte';
export { default as ActorList } from './network/ActorList.svelte';
export { default as Inspector } from './inspector/Inspector.svelte';
export { default as AnsweredByPicker } from './answers/AnsweredByPicker.svelte';
