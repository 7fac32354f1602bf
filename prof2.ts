import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'es-PE' });
await page.goto('http://127.0.0.1:4174/');
await page.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes="60"]');
await page.getByTestId('import-button').click();
await page.getByTestId('import-files').setInputFiles('/tmp/g2k.json');
await page.waitForSelector('[data-testid="import-commit"]:not([disabled])', { timeout: 120000 });
await page.getByTestId('import-commit').click();
await page.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes="2000"]', { state: 'attached', timeout: 120000 });
await page.waitForTimeout(2000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 300 });
await cdp.send('Profiler.start');
await page.reload();
await page.waitForSelector('[data-testid="network-canvas"][data-rendered-nodes="2000"]', { state: 'attached', timeout: 120000 });
await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
const { profile } = await cdp.send('Profiler.stop') as any;
// inclusive time per function (by name + file), counting each function once per sample stack
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const incl = new Map<string, number>(); const selfT = new Map<string, number>();
profile.samples.forEach((s: number, i: number) => {
  const d = (profile.timeDeltas[i] ?? 0) / 1000; const seen = new Set<string>(); let id: number | undefined = s; let first = true;
  while (id !== undefined) { const n: any = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; if (first) { selfT.set(key, (selfT.get(key) ?? 0) + d); first = false; } if (!seen.has(key)) { incl.set(key, (incl.get(key) ?? 0) + d); seen.add(key); } id = parent.get(id); }
});
console.log([...incl].filter(([k]) => !k.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms ${k}`).join('\n'));
await browser.close();
