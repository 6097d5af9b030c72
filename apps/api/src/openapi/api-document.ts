import { Decimal } from '@jixiao/decimal';
import { API_ERRORS_EXTENSION, ERROR_MEANINGS, ErrorBody } from '@jixiao/platform';
import { INestApplication } from '@nestjs/common';
import {
  ApiProperty,
  ApiPropertyOptions,
  DocumentBuilder,
  getSchemaPath,
  OpenAPIObject,
  SwaggerModule,
} from '@nestjs/swagger';
import type {
  OperationObject,
  ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import pluginMetadata from './plugin-metadata';

/** @nestjs/swagger's reflect-metadata key of a property's @ApiProperty options (DECORATORS.API_MODEL_PROPERTIES). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

type PropertyMetadata = ApiPropertyOptions & { type?: unknown };
type ModelMetadata = Array<
  [Promise<Record<string, { prototype: object }>>, Record<string, Record<string, PropertyMetadata>>]
>;

let metadataLoaded: Promise<void> | undefined;

/**
 * Attaches the generated plugin metadata (property and response types, see plugin-metadata-generator.ts)
 * to the DTO, view and controller classes. Once per process; the document must not be built before.
 */
export function loadApiMetadata(): Promise<void> {
  metadataLoaded ??= (async () => {
    const metadata = await pluginMetadata();
    await SwaggerModule.loadPluginMetadata(async () => metadata);
    await refineProperties(metadata['@nestjs/swagger'].models as unknown as ModelMetadata);
  })();
  return metadataLoaded;
}

/**
 * Two things the plugin alone gets wrong:
 * - an explicit `@ApiProperty({ example })` on `string | null` runs before the plugin metadata exists, keeps
 *   the reflected `Object`, and explicit options win: such a property takes the plugin's type, enum and
 *   nullability (its example and description stay);
 * - `Decimal` (money, scores) is sent as its exact string (`Decimal.toJSON`), not as an object;
 * - a property with an initializer (`page = 1`, `page: number = 1`) comes out required (and, without a
 *   type annotation, as `Object`): it is optional, of its default's type.
 */
async function refineProperties(models: ModelMetadata): Promise<void> {
  for (const [file, classes] of models) {
    const exports = await file;
    for (const [name, properties] of Object.entries(classes)) {
      const prototype = exports[name].prototype;
      for (const [key, derived] of Object.entries(properties)) {
        const declared = Reflect.getMetadata(API_MODEL_PROPERTIES, prototype, key) as
          PropertyMetadata | undefined;
        const type = resolved(derived.type);
        if (type === Decimal || (Array.isArray(type) && type[0] === Decimal)) {
          ApiProperty({
            ...(declared ?? {}),
            type: Array.isArray(type) ? [String] : String,
            format: 'decimal',
            example: declared?.example ?? '1.50',
            nullable: derived.nullable,
            required: derived.required,
            description: declared?.description ?? derived.description,
          } as ApiPropertyOptions)(prototype, key);
        } else if (derived.default !== undefined && (derived.required || type === Object)) {
          const primitives: Record<string, unknown> = { number: Number, string: String, boolean: Boolean };
          ApiProperty({
            ...(declared ?? {}),
            type: type === Object ? (primitives[typeof derived.default] ?? Object) : derived.type,
            required: false,
            default: derived.default,
          } as ApiPropertyOptions)(prototype, key);
        } else if (declared?.type === Object && (derived.type !== undefined || derived.enum !== undefined)) {
          ApiProperty({
            type: derived.type,
            enum: derived.enum,
            nullable: derived.nullable,
          } as ApiPropertyOptions)(prototype, key);
        }
      }
    }
  }
}

/** The plugin writes types as thunks (`() => String`, `() => [Row]`); classes themselves have a prototype. */
function resolved(type: unknown): unknown {
  return typeof type === 'function' && type.prototype === undefined ? (type as () => unknown)() : type;
}

/**
 * The one OpenAPI document: served at /docs and written by `npm run api:types` for the web app's typed
 * client, so both are built by this function and cannot drift apart.
 */
export function buildApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Jixiao 绩效 API')
      .setDescription(
        '预算绩效目标、绩效自评与绩效运行监控。除登录、刷新令牌与健康检查外，每个接口都需要 `Authorization: Bearer <accessToken>`。' +
          '错误响应统一为 `{code, message, details}`；列表为 `{items, total, page, pageSize}`。',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .addSecurityRequirements('bearer')
      .build(),
    {
      extraModels: [ErrorBody],
      operationIdFactory: (controller, method) =>
        `${lowerFirst(controller.replace(/Controller$/, ''))}.${method}`,
    },
  );
  for (const [path, item] of Object.entries(document.paths))
    for (const operation of Object.values(item) as OperationObject[]) describeErrors(path, operation);
  return document;
}

/**
 * Every operation may answer 400 (validation), 404 (path ids; scope) and, unless public, 401/403; each 4xx
 * an operation declares (`@ApiErrors`) or gets here has the one error body.
 */
function describeErrors(path: string, operation: OperationObject): void {
  const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
  const extended = operation as OperationObject & { [API_ERRORS_EXTENSION]?: number[] };
  const declared = extended[API_ERRORS_EXTENSION];
  delete extended[API_ERRORS_EXTENSION];
  const statuses = [
    400,
    ...(isPublic ? [] : [401, 403]),
    ...(path.includes('{') ? [404] : []),
    ...(declared ?? []),
  ];
  for (const status of statuses) operation.responses[status] ??= { description: ERROR_MEANINGS[status] };
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!/^4\d\d$/.test(status)) continue;
    (response as ResponseObject).content = {
      'application/json': { schema: { $ref: getSchemaPath(ErrorBody) } },
    };
  }
  operation.responses = Object.fromEntries(
    Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)),
  );
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
