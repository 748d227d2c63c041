// The docs portal (`npm run docs`), driven in Debian's headless Chromium with every network request
// refused: it must load without console errors, reach every tag and operation from the navigation, find
// an operation by its summary, and show what the description says of an operation. A screenshot goes to
// test-results/ (not committed). The sample menu offers TypeScript, curl, Python and Go, wrapping long lines;
// the TypeScript samples are type-checked against the client here, the Python and Go ones by scripts/clients.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalDocument } from '../scripts/docs.mjs';
import { description, describedOperations } from './support/description.js';
import { BUILD_TIMEOUT_MS, SPAWN_TIMEOUT_MS } from './support/timeouts.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = join(root, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const networkRequests: string[] = [];

beforeAll(async () => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'docs.mjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run docs failed:\n${build.stdout}\n${build.stderr}`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // As root in a sandbox, and with no network: Chromium's own background connections would only fail.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    networkRequests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(join(root, 'site', 'index.html')).href);
  await page.locator('[data-testid=menu-item-label]').first().waitFor();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
});

// Redoc typesets apostrophes (’) and follows a deprecated operation's heading with a badge.
const named = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")}( deprecated)?$`, 'i');
const label = (text: string) => page.locator('[data-testid=menu-item-label]').getByText(named(text));
// Headings carry a "link to ..." anchor in their accessible name, so they are matched by their text.
const headingOf = (summary: string) => page.locator('h2').filter({ hasText: named(summary) });
const group = (text: string) =>
  page
    .locator('[data-component-name="Menu/MenuItem"].menu-item-type-group')
    .filter({ has: label(text) })
    .first();

/** Text compared without case and with either apostrophe. */
const plain = (text: string) => text.replace(/’/g, "'").toLowerCase().trim();

async function open(tag: string, summary: string) {
  const item = label(summary);
  if (!(await item.isVisible())) await group(tag).locator('[data-testid=menu-item-label]').first().click();
  await item.click();
  const heading = headingOf(summary);
  await heading.waitFor();
  return heading;
}

/** The text of the operation section whose heading is `summary`. */
async function operationText(summary: string): Promise<string> {
  return page.evaluate((wanted) => {
    const heading = [...document.querySelectorAll('h2')].find(
      (h) => h.textContent?.replace(/’/g, "'").replace(/ deprecated$/, '') === wanted,
    );
    let section: Element | null | undefined = heading?.parentElement;
    while (section && !section.textContent?.includes('Responses')) section = section.parentElement;
    return section?.textContent ?? '';
  }, summary);
}

describe('docs portal', () => {
  it('loads offline with no console errors, and is saved as a screenshot', async () => {
    await label('Getting started').click();
    await headingOf('Getting started').waitFor();
    // The sidebar unfolds with an animation; its last entry being in place means it has settled.
    await label('The TypeScript client').waitFor();
    await page.waitForTimeout(300);
    mkdirSync(results, { recursive: true });
    await page.screenshot({ path: join(results, 'docs-portal.png') });
    expect(consoleErrors).toEqual([]);
    expect(networkRequests).toEqual([]);
    expect(await page.title()).toBe('Workato Embedded Partner API');
  });

  // One click per tag proves the navigation works and opens that tag's group; every operation is then found
  // among the navigation's entries in one read, rather than by 165 clicks.
  it(
    'reaches every tag and every operation from the navigation',
    async () => {
      // A group shows its entries while it is open, so they are read after each tag's click.
      const entries: string[] = [];
      for (const tag of description.tags as Array<{ name: string }>) {
        await expect(group(tag.name).isVisible(), tag.name).resolves.toBe(true);
        const first = describedOperations.find(({ operation }) => operation.tags[0] === tag.name);
        if (!first) continue;
        const heading = await open(tag.name, first.operation.summary);
        await expect(heading.isVisible(), first.operationId).resolves.toBe(true);
        // An entry's text also holds its method badge (`get`), so the summary is looked for inside it.
        entries.push(...(await page.locator('[data-testid=menu-item-label]').allTextContents()).map(plain));
      }
      for (const { operation, operationId } of describedOperations) {
        expect(
          entries.some((text) => text.includes(plain(operation.summary))),
          operationId,
        ).toBe(true);
      }
      expect(consoleErrors).toEqual([]);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'offers TypeScript, curl, Python and Go in the sample menu, each wrapping its long lines in the panel',
    async () => {
      const { operation } = describedOperations.find((entry) => entry.operationId === 'createConnection')!;
      const heading = await open(operation.tags[0], operation.summary);
      // The operation's section: the heading's nearest ancestor whose right panel has menus.
      const dropdown = '[data-component-name="Dropdown/Dropdown"]';
      const panel = heading
        .locator(`xpath=ancestor::*[.//*[@data-testid="right-panel"]//*[@data-component-name="Dropdown/Dropdown"]][1]`)
        .locator('[data-testid=right-panel]')
        .filter({ has: page.locator(dropdown) })
        .first();
      const languages = ['TypeScript client', 'curl', 'Python client', 'Go client'];
      const menu = panel.locator(dropdown).filter({ hasText: new RegExp(`^(${languages.join('|')})$`) });
      const expected = {
        'TypeScript client': "workato.POST('/api/managed_users/{managed_user_id}/connections'",
        curl: "curl -X POST 'https://www.workato.com/api/managed_users/98178/connections'",
        'Python client': 'workato.ConnectionsApi(api_client).create_connection(',
        'Go client': 'client.ConnectionsAPI.CreateConnection(ctx, "98178")',
      };
      // The chosen language holds for every operation of the page: TypeScript, the default, comes last to
      // leave the page as the other tests expect it.
      for (const language of [...languages.slice(1), languages[0]!]) {
        await menu.click();
        const items = page.locator('[data-testid=dropdown-menu] [role=menuitem]').filter({ visible: true });
        await expect(items.allTextContents()).resolves.toEqual(languages);
        await items.filter({ hasText: language }).click();
        const code = panel.locator('[data-component-name="CodeBlock/CodeBlockContainer"]').first();
        await expect.poll(() => code.textContent()).toContain(expected[language as keyof typeof expected]);
        // Each sample has lines longer than the panel is wide (the token line of TypeScript, Python and Go,
        // curl's URL); they wrap, so nothing lies past the panel's edge.
        const { scrollWidth, clientWidth } = await code.evaluate((element) => ({
          scrollWidth: element.scrollWidth,
          clientWidth: element.clientWidth,
        }));
        expect(scrollWidth, language).toBeLessThanOrEqual(clientWidth);
      }
      expect(consoleErrors).toEqual([]);
    },
    SPAWN_TIMEOUT_MS,
  );

  it('finds an operation by its summary', async () => {
    const summary = describedOperations.find(({ operation }) => operation.operationId === 'startRecipe')!.operation.summary;
    await page.locator('[data-component-name*=Search]').first().click();
    await page.getByPlaceholder('Search docs...').fill(summary);
    const hit = page.locator('[data-component-name="Search/SearchItem"]').filter({ hasText: summary }).first();
    await hit.waitFor();
    await hit.click();
    await headingOf(summary).waitFor();
    expect(page.url()).toMatch(/#\/recipes\/startrecipe$/);
  });

  it.each([
    [
      'listRecipes',
      [/Rate limit: 2000 requests per minute in the group recipes\.list/, /Pagination: by since_id/, /Provenance: dev-analog/],
    ],
    [
      'listAllConnectors',
      [
        /Rate limit: 1000 requests per minute in the group connectors/,
        /Pagination: pages page from 1, per_page up to 100 \(default 1\)/,
      ],
    ],
    ['importPackage', [/1000 requests per minute in the group recipe-lifecycle-management\.import/, /application\/octet-stream/]],
    ['listApiAccessProfiles', [/deprecated/, /deprecation on 1 December 2025/, /API keys/]],
  ])('shows %s with its parameters, responses, facts and code samples', async (operationId, expected) => {
    const { operation, method, path } = describedOperations.find((entry) => entry.operationId === operationId)!;
    await open(operation.tags[0], operation.summary);
    const text = await operationText(operation.summary);
    for (const pattern of [...expected, /Responses/, ...Object.keys(operation.responses).map((status) => new RegExp(status))])
      expect(text).toMatch(pattern);
    for (const parameter of (operation.parameters ?? []).filter((p: { $ref?: string }) => !p.$ref))
      expect(text).toContain(parameter.name);
    // The sample panel starts on the TypeScript client and offers curl.
    expect(text).toContain(`workato.${method.toUpperCase()}('${path}'`);
    expect(text).toContain('TypeScript client');
  });
});

describe('code samples of the portal', () => {
  const portal = portalDocument(description);

  it('has a TypeScript, curl, Python and Go sample for every operation, naming its method and path', () => {
    for (const { path, method, operationId } of describedOperations) {
      const samples = portal.paths[path][method.toLowerCase()]['x-codeSamples'] as Array<{ label: string; source: string }>;
      expect(
        samples.map((sample) => sample.label),
        operationId,
      ).toEqual(['TypeScript client', 'curl', 'Python client', 'Go client']);
      expect(samples[0]!.source).toContain(`workato.${method.toUpperCase()}('${path}'`);
      expect(samples[1]!.source).toContain(`curl -X ${method.toUpperCase()} 'https://www.workato.com`);
      // Python: the generated method named after the operation, or (deepObject parameters) the lower-level
      // call with the method and path; scripts/clients.mjs compiles both against the generated clients.
      const snake = operationId.replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase();
      expect(samples[2]!.source, operationId).toMatch(
        new RegExp(
          `Api\\(api_client\\)\\.${snake}\\(|method="${method.toUpperCase()}",\\n\\s+resource_path="${path.replace(/[{}]/g, '\\$&')}"`,
        ),
      );
      expect(samples[3]!.source, operationId).toContain(`API.${operationId[0]!.toUpperCase()}${operationId.slice(1)}(ctx`);
    }
  });

  it(
    'compiles every TypeScript sample against the client',
    () => {
      const dir = join(results, 'docs-samples');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const files = describedOperations.map(({ path, method, operationId }) => {
        const [sample] = portal.paths[path][method.toLowerCase()]['x-codeSamples'] as Array<{ source: string }>;
        writeFileSync(join(dir, `${operationId}.ts`), `${sample!.source}\nexport { result };\n`);
        return `${operationId}.ts`;
      });
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          extends: '../../tsconfig.json',
          compilerOptions: {
            noEmit: true,
            baseUrl: '.',
            paths: { 'workato-embedded-api': ['../../src/index.ts'] },
            types: ['node'],
            typeRoots: ['../../node_modules/@types'],
          },
          files,
        }),
      );
      const check = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], {
        encoding: 'utf8',
      });
      expect(check.stdout + check.stderr).toBe('');
      expect(check.status).toBe(0);
    },
    SPAWN_TIMEOUT_MS,
  );
});
