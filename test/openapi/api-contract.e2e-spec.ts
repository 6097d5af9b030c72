import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { API_CONTRACT_DIR, ApiContract, generateApiContract } from '../../apps/api/src/openapi/api-contract';
import {
  PLUGIN_METADATA_FILE,
  pluginMetadataSource,
} from '../../apps/api/src/openapi/plugin-metadata-generator';

const STALE = 'is out of date: run `npm run api:types` and commit the result';
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
const PUBLIC = ['auth.login', 'auth.refresh', 'health.check', 'health.checkQueue'];

interface Schema {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}
interface Operation {
  operationId: string;
  summary?: string;
  security?: unknown[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

/** Paths (`Scorecard.rows[].actual`) of object schemas a client could not type: no properties, no map. */
function emptySchemas(schema: Schema | undefined, at: string): string[] {
  if (!schema) return [`${at} (no schema)`];
  if (schema.$ref) return [];
  const composed = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  const own =
    schema.type === 'object' &&
    !schema.properties &&
    schema.additionalProperties === undefined &&
    composed.length === 0
      ? [at]
      : [];
  return [
    ...own,
    ...Object.entries(schema.properties ?? {}).flatMap(([key, value]) => emptySchemas(value, `${at}.${key}`)),
    ...(schema.items ? emptySchemas(schema.items, `${at}[]`) : []),
    ...(typeof schema.additionalProperties === 'object'
      ? emptySchemas(schema.additionalProperties, `${at}{}`)
      : []),
    ...composed.flatMap((part, i) => emptySchemas(part, `${at}|${i}`)),
  ];
}

function operations(document: OpenAPIObject): [string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method): [string, Operation] => [
      `${method.toUpperCase()} ${path}`,
      item[method] as unknown as Operation,
    ]),
  );
}

/**
 * The contract the web app is generated from (issue 11): regenerated from the controllers and views without a
 * database, compared with what is committed, and held to what a typed client needs.
 */
describe('OpenAPI document and generated client types', () => {
  let contract: ApiContract;
  let document: OpenAPIObject;
  beforeAll(async () => {
    contract = await generateApiContract();
    document = contract.document;
  });

  it('the committed plugin metadata, openapi.json and schema.d.ts are what the sources generate', () => {
    expect({
      file: 'apps/api/src/openapi/plugin-metadata.ts',
      same: pluginMetadataSource() === readFileSync(PLUGIN_METADATA_FILE, 'utf8'),
    }).toEqual({
      file: 'apps/api/src/openapi/plugin-metadata.ts',
      same: true,
    });
    for (const [file, generated] of [
      ['openapi.json', contract.openapiJson],
      ['schema.d.ts', contract.schemaTs],
    ])
      expect(
        `apps/web/src/api/${file} ${readFileSync(join(API_CONTRACT_DIR, file), 'utf8') === generated ? 'is current' : STALE}`,
      ).toBe(`apps/web/src/api/${file} is current`);
  });

  it('describes every schema: no object without properties (or a declared map)', () => {
    const components = Object.entries(document.components?.schemas ?? {}).flatMap(([name, schema]) =>
      emptySchemas(schema as Schema, name),
    );
    const inline = operations(document).flatMap(([name, operation]) => [
      ...Object.values(operation.requestBody?.content ?? {}).flatMap((media) =>
        emptySchemas(media.schema, `${name} body`),
      ),
      ...Object.entries(operation.responses).flatMap(([status, response]) =>
        Object.values(response.content ?? {}).flatMap((media) =>
          emptySchemas(media.schema, `${name} ${status}`),
        ),
      ),
    ]);
    expect([...components, ...inline]).toEqual([]);
  });

  it('gives every operation a typed success response (but 204), the error body on every 4xx, a Chinese summary', () => {
    const problems = operations(document).flatMap(([name, operation]) => {
      const found: string[] = [];
      const success = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
      if (success.length === 0) found.push(`${name}: no 2xx`);
      for (const status of success.filter((s) => s !== '204'))
        if (Object.keys(operation.responses[status].content ?? {}).length === 0)
          found.push(`${name}: ${status} has no content`);
      for (const [status, response] of Object.entries(operation.responses))
        if (
          status.startsWith('4') &&
          response.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorBody'
        )
          found.push(`${name}: ${status} is not an ErrorBody`);
      if (!/[\u4e00-\u9fff]/.test(operation.summary ?? '')) found.push(`${name}: no Chinese summary`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('asks for the bearer token everywhere but login, refresh and health; operationIds are unique', () => {
    expect(document.security).toEqual([{ bearer: [] }]);
    const all = operations(document).map(([, operation]) => operation);
    const open = all.filter(
      (operation) => Array.isArray(operation.security) && operation.security.length === 0,
    );
    expect(open.map((operation) => operation.operationId).sort()).toEqual([...PUBLIC].sort());
    const ids = all.map((operation) => operation.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('describes downloads as files of their content types', () => {
    const binary = (name: string) => {
      const [, operation] = operations(document).find(([, o]) => o.operationId === name)!;
      return Object.entries(operation.responses['200'].content ?? {})
        .filter(([, media]) => (media.schema as { format?: string }).format === 'binary')
        .map(([type]) => type);
    };
    const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(binary('project.export')).toEqual([XLSX, 'text/csv']);
    expect(binary('executionFlags.export')).toEqual([XLSX, 'text/csv']);
    expect(binary('evaluations.exportOne')).toEqual([XLSX]);
  });
});
