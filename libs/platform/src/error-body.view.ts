/** Every 4xx/5xx body (see DomainErrorFilter). */
export class ErrorBody {
  /**
   * stable, English, for programs
   * @example "VALIDATION.FAILED"
   */
  code!: string;
  /**
   * for people, Chinese (English with `Accept-Language: en` where a translation exists)
   * @example "请求参数无效"
   */
  message!: string;
  /** what exactly: `fields` (`[{ field: "rows[3].actual", messages: ["…"] }]`), row, line, versions… */
  details!: Record<string, unknown>;
}
