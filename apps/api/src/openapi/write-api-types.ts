import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_CONTRACT_DIR, generateApiContract } from './api-contract';

/** `npm run api:types`: writes apps/web/src/api/{openapi.json,schema.d.ts} from the API's controllers and DTOs. */
async function main(): Promise<void> {
  const contract = await generateApiContract();
  writeFileSync(join(API_CONTRACT_DIR, 'openapi.json'), contract.openapiJson);
  writeFileSync(join(API_CONTRACT_DIR, 'schema.d.ts'), contract.schemaTs);
  process.stdout.write(`wrote ${API_CONTRACT_DIR}/openapi.json and schema.d.ts\n`);
}

void main();
