import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PLUGIN_METADATA_FILE, pluginMetadataSource } from './plugin-metadata-generator';

/**
 * `npm run api:types`: first the plugin metadata (types of DTOs, views and responses read from the sources),
 * then, with it loaded, apps/web/src/api/{openapi.json,schema.d.ts}. With `--check` it writes nothing and
 * exits 1 naming each committed file that differs from what the sources generate.
 */
async function main(check: boolean): Promise<void> {
  const metadata = pluginMetadataSource();
  const stale: string[] = [];
  const emit = (file: string, content: string) => {
    const current = readIfExists(file);
    if (current === content) return;
    if (check) stale.push(relative(process.cwd(), file));
    else writeFileSync(file, content);
  };
  emit(PLUGIN_METADATA_FILE, metadata);
  if (stale.length > 0) return fail(stale);
  // Imported only now, so the document is built from the metadata just written.
  const { API_CONTRACT_DIR, documentJson, generateApiDocument } = await import('./api-contract');
  const { apiTypesSource } = await import('./api-types');
  const document = await generateApiDocument();
  emit(join(API_CONTRACT_DIR, 'openapi.json'), documentJson(document));
  emit(join(API_CONTRACT_DIR, 'schema.d.ts'), await apiTypesSource(document));
  if (stale.length > 0) return fail(stale);
  process.stdout.write(
    check
      ? 'api types are current\n'
      : `wrote ${relative(process.cwd(), API_CONTRACT_DIR)}/{openapi.json,schema.d.ts}\n`,
  );
}

function readIfExists(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function fail(stale: string[]): void {
  process.stderr.write(`${stale.join(', ')} out of date: run \`npm run api:types\` and commit the result\n`);
  process.exitCode = 1;
}

void main(process.argv.includes('--check'));
