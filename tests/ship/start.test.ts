/**
 * `npm start` on a machine without desktop Excel (Linux, CI): it serves the add-in and the browser preview
 * and says where. Runs the real script in a child process, over http (no certificate is installed in tests).
 */
import { spawn, type ChildProcess } from 'child_process';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const PORT = 3000 + 100 + Math.floor(Math.random() * 800);

describe('npm start (preview)', () => {
  let child: ChildProcess;
  let output = '';

  beforeAll(async () => {
    child = spawn(process.execPath, [TSX, 'scripts/start.ts', '--preview'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(PORT), OMSTILLING_HTTPS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no preview URL within 180 s:\n${output}`)), 180_000);
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Stopp med Ctrl+C')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', collect);
      child.stderr?.on('data', collect);
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
    });
  }, 200_000);

  afterAll(async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  });

  it('prints the preview URL and how to upload the manifest to Excel on the web', () => {
    expect(output).toContain(`Forhåndsvisning / Preview: http://localhost:${PORT}/taskpane.html`);
    expect(output).toContain('Upload My Add-in');
    expect(output).toContain(path.join(ROOT, 'manifest.xml'));
  });

  it('says plainly that it fell back to http', () => {
    expect(output).toContain('The dev server runs over http');
  });

  it('serves the preview page with the three bundles, and the files Office asks for', async () => {
    const get = (file: string) => fetch(`http://localhost:${PORT}/${file}`);
    const page = await get('taskpane.html');
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const bundle of ['functions.js', 'commands.js', 'taskpane.js']) expect(html).toContain(bundle);
    for (const file of ['functions.js', 'taskpane.js', 'assets/icon-32.png'])
      expect((await get(file)).status).toBe(200);
    const functions = await (await get('functions.json')).json();
    const functionsNb = await (await get('functions-nb.json')).json();
    expect(functions.functions.length).toBeGreaterThan(0);
    expect(functionsNb.functions.length).toBe(functions.functions.length);
    expect(await (await get('manifest.xml')).text()).toContain('<OfficeApp');
  });
});
