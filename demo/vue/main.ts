import { createApp } from 'vue';
import '../../src/index.js';
import { watchDevLogs } from '../dev-logs.js';
import { startMock } from '../mock.js';
import App from './App.vue';

/**
 * A Vue 3 app using the elements directly: Vite's Vue plugin is told which tags are custom
 * elements (`isCustomElement`, see vite.config.ts), and Vue passes props and listens to events.
 */
// No top-level await: see demo/main.ts.
void startMock().then(({ seed }) => {
  watchDevLogs({ mailbox: document.getElementById('mailbox')! });
  const slug = new URLSearchParams(location.search).get('org') ?? 'teamly';
  // The slug is checked against the seed so a typo in the URL fails here, loudly.
  createApp(App, { organization: seed.organizations.find((o) => o.slug === slug)!.slug }).mount(
    '#app',
  );
});
