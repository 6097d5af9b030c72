import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLUGIN_METADATA_FILE, pluginMetadataSource } from './plugin-metadata-generator';

/**
 * `npm run api:types`: first the plugin metadata (types of DTOs, views and responses read from the sources),
 * then, with it loaded, apps/web/src/api/{openapi.json,schema.d.ts}.
 */
async function main(): Promise<void> {
  writeFileSync(PLUGIN_METADATA_FILE, pluginMetadataSource());
  // Imported only now, so the document is built from the metadata just written.
  const { API_CONTRACT_DIR, generateApiContract } = await import('./api-contract');
  const contract = await generateApiContract();
  writeFileSync(join(API_CONTRACT_DIR, 'openapi.json'), contract.openapiJson);
  writeFileSync(join(API_CONTRACT_DIR, 'schema.d.ts'), contract.schemaTs);
  process.stdout.write(`wrote ${PLUGIN_METADATA_FILE}, ${API_CONTRACT_DIR}/openapi.json and schema.d.ts\n`);
}

void main();
