import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

// The page's "could not start" explanation is for when this script never runs (a file:// address).
document.getElementById('no-start')?.remove();

const target = document.getElementById('app');
if (!target) throw new Error('main: the page has no #app element.');

export default mount(App, { target });
